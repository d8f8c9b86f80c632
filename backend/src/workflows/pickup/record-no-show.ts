import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderFulfillmentWorkflow, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { prepareCardShareStep } from "./steps/prepare-card-share"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"
import { recordLedgerEntriesStep } from "../ledger/steps/record-ledger-entries"
import { readPickupCheckoutStep } from "./steps/read-pickup-checkout"

/**
 * The shopper never came: a prepared order's fulfilment is cancelled (its goods go back into the
 * shop's stock), then the order is cancelled (reservations released; payment cancelled, or refunded
 * when its card share was captured at ready — the other shops' shares untouched).
 */
export const recordNoShowWorkflow = createWorkflow("record-no-show", (input: { order_id: string }) => {
  const { lock_key } = readPickupCheckoutStep({ order_id: input.order_id })
  acquireLockStep({ key: lock_key, timeout: 30, ttl: 120 })
  const pickup = transitionPickupStep({ order_id: input.order_id, action: "no_show" })
  const order = readPickupOrderStep({ order_id: input.order_id })
  when({ order }, ({ order }) => order.open_fulfillment_ids.length > 0).then(() => {
    const restock = transform({ order }, ({ order }) => ({ order_id: order.id, fulfillment_id: order.open_fulfillment_ids[0], no_notification: true }))
    cancelOrderFulfillmentWorkflow.runAsStep({ input: restock })
  })
  prepareCardShareStep({ order_id: input.order_id, action: "release" })
  const cancel = transform({ input }, ({ input }) => ({ order_id: input.order_id }))
  cancelOrderWorkflow.runAsStep({ input: cancel })
  recordLedgerEntriesStep({ order_id: input.order_id })
  releaseLockStep({ key: lock_key })
  emitEventStep({ eventName: MARKETPLACE_EVENTS.PICKUP_NO_SHOW, data: { id: input.order_id } })
  return new WorkflowResponse(pickup)
})
