/**
 * What a Medusa payment of one shop's order keeps when it is a share of the checkout's single
 * PaymentIntent (ADR 0008, ADR 0015): the intent, the share in cents, and what the next capture or
 * cancellation must do with the rest of the authorisation.
 */
export interface CheckoutPartData extends Record<string, unknown> {
  id: string
  checkout_part: true
  part_amount: number
  currency: string
  /** Set just before a capture: this share is the last one waiting, so Stripe may release the rest. */
  final_capture?: boolean
  /** Set just before a cancellation: no share waits any more, so the authorisation is cancelled. */
  release_authorisation?: boolean
}

/** Whether a payment's data is a share of a checkout PaymentIntent. */
export function isCheckoutPart(data: Record<string, unknown> | undefined): data is CheckoutPartData {
  return data?.checkout_part === true && typeof data.id === "string" && typeof data.part_amount === "number"
}
