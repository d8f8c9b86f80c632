/** `GET /store/payment-options`: which payment modes the storefront may offer. */
export interface PaymentOptionsResponse {
  card: {
    /** True when Stripe is configured on the backend. */
    enabled: boolean
    /** Stripe publishable key for Stripe.js (null when card payment is off). */
    publishable_key: string | null
  }
}
