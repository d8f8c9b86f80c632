import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelCheckoutCardStep } from "./steps/cancel-checkout-card"

/** Gives a card authorisation back to the shopper when no order was placed with it. */
export const cancelCheckoutCardWorkflow = createWorkflow("cancel-checkout-card", (input: { payment_intent_id: string }) => {
  return new WorkflowResponse(cancelCheckoutCardStep(input))
})
