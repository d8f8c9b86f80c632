import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"

/**
 * The order is prepared and waits at the counter: Medusa fulfils it from the shop's stock
 * location (the reservation becomes a stock movement) and the shopper is told to come.
 */
export const markPickupReadyWorkflow = createWorkflow(
  "mark-pickup-ready",
  (input: { order_id: string; shop_id: string; location_id: string }) => {
    const pickup = transitionPickupStep({ order_id: input.order_id, shop_id: input.shop_id, action: "ready" })
    const order = readPickupOrderStep({ order_id: input.order_id })
    const fulfillment = transform({ input, order }, ({ input, order }) => ({
      order_id: input.order_id,
      location_id: input.location_id,
      items: order.items,
      no_notification: true,
    }))
    createOrderFulfillmentWorkflow.runAsStep({ input: fulfillment })
    emitEventStep({ eventName: MARKETPLACE_EVENTS.PICKUP_READY, data: { id: input.order_id } })
    return new WorkflowResponse(pickup)
  }
)
