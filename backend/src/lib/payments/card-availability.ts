import { readRuntimeEnv } from "../../config/runtime"

/**
 * Whether the checkout can take card payments. Stripe being configured is not enough: the checkout
 * must authorise one PaymentIntent for all shops (ADR 0008), which is not wired yet, and until it is
 * a "card" checkout would be recorded as paid at the counter. So card stays off, and the storefront
 * is told so by `GET /store/payment-options`.
 */
export const CARD_CHECKOUT_WIRED = false

/** Card payment is offered only when Stripe is fully configured and the card checkout is wired. */
export function cardPaymentEnabled(env = readRuntimeEnv(process.env)): boolean {
  return CARD_CHECKOUT_WIRED && Boolean(env.stripe)
}
