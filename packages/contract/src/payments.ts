/** `GET /store/payment-options`: which payment modes the storefront may offer. */
export interface PaymentOptionsResponse {
  card: {
    /** True when Stripe is configured on the backend. */
    enabled: boolean
    /** Stripe publishable key for Stripe.js (null when card payment is off). */
    publishable_key: string | null
  }
}

/**
 * `POST /store/carts/:id/checkout` with `payment_mode: "card"` answers 402 with this when the bank
 * asks for 3-D Secure: Stripe.js finishes it with the client secret, then the storefront posts the
 * checkout again with `payment_intent_id`.
 */
export interface CardActionRequiredResponse {
  type: "requires_action"
  message: string
  payment_intent: { id: string; client_secret: string | null }
}
