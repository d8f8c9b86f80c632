import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  capturePaymentWorkflow,
  completeOrderWorkflow,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"
import { recordLedgerEntriesStep } from "../ledger/steps/record-ledger-entries"

/**
 * The shopper has the goods: the fulfilment is marked delivered, a pay-at-pickup payment is
 * captured (it was never counted as paid before), and the order is completed. The pickup code
 * is checked before this workflow runs.
 */
export const collectPickupOrderWorkflow = createWorkflow(
  "collect-pickup-order",
  (input: { order_id: string; shop_id: string }) => {
    const pickup = transitionPickupStep({ order_id: input.order_id, shop_id: input.shop_id, action: "collect" })
    const order = readPickupOrderStep({ order_id: input.order_id })
    const delivered = transform({ order }, ({ order }) => ({ orderId: order.id, fulfillmentId: order.open_fulfillment_ids[0] }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivered })
    when({ pickup, order }, ({ pickup, order }) => pickup.payment_mode === "pay_at_pickup" && order.authorized_payment_ids.length > 0).then(() => {
      const capture = transform({ order }, ({ order }) => ({ payment_id: order.authorized_payment_ids[0] }))
      capturePaymentWorkflow.runAsStep({ input: capture })
    })
    recordLedgerEntriesStep({ order_id: input.order_id })
    const completed = transform({ input }, ({ input }) => ({ orderIds: [input.order_id] }))
    completeOrderWorkflow.runAsStep({ input: completed })
    emitEventStep({ eventName: MARKETPLACE_EVENTS.PICKUP_COLLECTED, data: { id: input.order_id } })
    return new WorkflowResponse(pickup)
  }
)
