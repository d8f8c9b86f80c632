import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, createOrderFulfillmentWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { prepareCardShareStep } from "./steps/prepare-card-share"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"
import { recordLedgerEntriesStep } from "../ledger/steps/record-ledger-entries"
import { readPickupCheckoutStep } from "./steps/read-pickup-checkout"

/**
 * The order is prepared and waits at the counter: Medusa fulfils it from the shop's stock
 * location (the reservation becomes a stock movement) and the shopper is told to come. Paid by
 * card, the shop's share of the checkout's authorisation is captured now (ADR 0015).
 */
export const markPickupReadyWorkflow = createWorkflow(
  "mark-pickup-ready",
  (input: { order_id: string; shop_id: string; location_id: string }) => {
    const { lock_key } = readPickupCheckoutStep({ order_id: input.order_id })
    acquireLockStep({ key: lock_key, timeout: 30, ttl: 120 })
    const pickup = transitionPickupStep({ order_id: input.order_id, shop_id: input.shop_id, action: "ready" })
    const order = readPickupOrderStep({ order_id: input.order_id })
    const fulfillment = transform({ input, order }, ({ input, order }) => ({
      order_id: input.order_id,
      location_id: input.location_id,
      items: order.items,
      no_notification: true,
    }))
    createOrderFulfillmentWorkflow.runAsStep({ input: fulfillment })
    when({ pickup, order }, ({ pickup, order }) => pickup.payment_mode === "card" && order.authorized_payment_ids.length > 0).then(() => {
      prepareCardShareStep({ order_id: input.order_id, action: "capture" })
      const capture = transform({ order }, ({ order }) => ({ payment_id: order.authorized_payment_ids[0] }))
      capturePaymentWorkflow.runAsStep({ input: capture })
    })
    recordLedgerEntriesStep({ order_id: input.order_id })
    releaseLockStep({ key: lock_key })
    emitEventStep({ eventName: MARKETPLACE_EVENTS.PICKUP_READY, data: { id: input.order_id } })
    return new WorkflowResponse(pickup)
  }
)
