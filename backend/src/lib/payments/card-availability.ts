import { readRuntimeEnv } from "../../config/runtime"

/**
 * Whether the checkout can take card payments: one PaymentIntent authorised for every shop of the
 * checkout, each shop's share captured when it is ready and released or refunded when it cancels or
 * is not collected (ADR 0008, ADR 0015; proved by `tests/integration/payments/card-checkout.test.ts`).
 */
export const CARD_CHECKOUT_WIRED = true

/** Card payment is offered only when Stripe is fully configured and the card checkout is wired. */
export function cardPaymentEnabled(env = readRuntimeEnv(process.env)): boolean {
  return CARD_CHECKOUT_WIRED && Boolean(env.stripe)
}
