import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { authorizeCheckoutCardStep, type AuthorizeCheckoutCardInput } from "./steps/authorize-checkout-card"

export type { AuthorizeCheckoutCardInput } from "./steps/authorize-checkout-card"

/** Authorises a cart's card payment: one PaymentIntent for every shop of the checkout (ADR 0008). */
export const authorizeCheckoutCardWorkflow = createWorkflow("authorize-checkout-card", (input: AuthorizeCheckoutCardInput) => {
  return new WorkflowResponse(authorizeCheckoutCardStep(input))
})
