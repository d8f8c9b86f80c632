import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readRuntimeEnv } from "../../../config/runtime"
import { stripeClient } from "../../../lib/payments/stripe-client"

/** Releases a checkout's authorisation that no order uses (checkout refused or card declined). */
export const cancelCheckoutCardStepId = "cancel-checkout-card"
export const cancelCheckoutCardStep = createStep(cancelCheckoutCardStepId, async (input: { payment_intent_id: string }) => {
  const env = readRuntimeEnv(process.env).stripe
  if (!env) return new StepResponse(false)
  const stripe = stripeClient(env)
  const intent = await stripe.paymentIntents.retrieve(input.payment_intent_id)
  const cancellable = ["requires_payment_method", "requires_confirmation", "requires_action", "requires_capture"].includes(intent.status)
  if (cancellable && intent.amount_received === 0) await stripe.paymentIntents.cancel(intent.id)
  return new StepResponse(cancellable)
})
