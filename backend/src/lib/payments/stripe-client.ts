import Stripe from "stripe"
import type { StripeEnv } from "../../config/runtime"

/**
 * The Stripe SDK client of the checkout's own calls (one PaymentIntent per checkout), built as the
 * payment provider builds its own: against the local fake when `STRIPE_API_HOST` is set (tests).
 */
export function stripeClient(env: StripeEnv): Stripe {
  return new Stripe(env.apiKey, env.apiHost ? { ...env.apiHost, maxNetworkRetries: 0 } : { maxNetworkRetries: 2 })
}
