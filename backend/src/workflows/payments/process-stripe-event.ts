import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrdersOfCancelledIntentStep } from "./steps/cancel-orders-of-cancelled-intent"
import { recordStripeEventStep, type RecordStripeEventInput } from "./steps/record-stripe-event"

/** A verified Stripe event, reduced to what Mirashop acts on. */
export interface ProcessStripeEventInput extends RecordStripeEventInput {
  /** `metadata.checkout_id` of the event's PaymentIntent, when it is one of our checkouts'. */
  checkout_id: string | null
}

/**
 * Processes a verified Stripe webhook event once: the event id is claimed first (a replay is a
 * duplicate and changes nothing), then its effect runs. Acted on: `payment_intent.canceled` of a
 * checkout's intent cancels the card orders still waiting; other events are only recorded.
 */
export const processStripeEventWorkflow = createWorkflow("process-stripe-event", (input: ProcessStripeEventInput) => {
  const claim = transform({ input }, ({ input }) => ({ id: input.id, type: input.type, object_id: input.object_id, created: input.created }))
  const { duplicate } = recordStripeEventStep(claim)
  const cancelled = when({ input, duplicate }, ({ input, duplicate }) => !duplicate && input.type === "payment_intent.canceled").then(() =>
    cancelOrdersOfCancelledIntentStep({ checkout_id: input.checkout_id })
  )
  return new WorkflowResponse({ duplicate, cancelled_order_ids: cancelled })
})
