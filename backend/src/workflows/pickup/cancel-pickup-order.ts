import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { prepareCardShareStep } from "./steps/prepare-card-share"
import { transitionPickupStep } from "./steps/transition-pickup"
import { recordLedgerEntriesStep } from "../ledger/steps/record-ledger-entries"
import { readPickupCheckoutStep } from "./steps/read-pickup-checkout"

export interface CancelPickupOrderInput {
  order_id: string
  by: "shop" | "shopper"
  reason: string
  /** When the shop cancels: the caller's shop. */
  shop_id?: string
}

/**
 * Cancels one shop's order before it is ready: its reservations are released (the stock is for
 * sale again), its payment cancelled or refunded (by card: its share released, ADR 0015), and the
 * other shops' orders are untouched.
 */
export const cancelPickupOrderWorkflow = createWorkflow(
  "cancel-pickup-order",
  (input: CancelPickupOrderInput) => {
    const transition = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      shop_id: input.shop_id,
      action: "cancel" as const,
      cancelled_by: input.by,
      cancel_reason: input.reason,
    }))
    const { lock_key } = readPickupCheckoutStep({ order_id: input.order_id })
    acquireLockStep({ key: lock_key, timeout: 30, ttl: 120 })
    const pickup = transitionPickupStep(transition)
    const release = transform({ input }, ({ input }) => ({ order_id: input.order_id, action: "release" as const }))
    prepareCardShareStep(release)
    const cancel = transform({ input }, ({ input }) => ({ order_id: input.order_id }))
    cancelOrderWorkflow.runAsStep({ input: cancel })
    recordLedgerEntriesStep({ order_id: input.order_id })
    releaseLockStep({ key: lock_key })
    const event = transform({ input }, ({ input }) => ({ id: input.order_id, by: input.by }))
    emitEventStep({ eventName: MARKETPLACE_EVENTS.PICKUP_CANCELLED, data: event })
    return new WorkflowResponse(pickup)
  }
)
