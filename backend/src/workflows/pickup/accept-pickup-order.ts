import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { transitionPickupStep } from "./steps/transition-pickup"

/** The shop confirms it will prepare the order. */
export const acceptPickupOrderWorkflow = createWorkflow(
  "accept-pickup-order",
  (input: { order_id: string; shop_id: string }) => {
    const pickup = transitionPickupStep({ order_id: input.order_id, shop_id: input.shop_id, action: "accept" })
    emitEventStep({ eventName: MARKETPLACE_EVENTS.PICKUP_ACCEPTED, data: { id: input.order_id } })
    return new WorkflowResponse(pickup)
  }
)
