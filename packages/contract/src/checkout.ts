import type { Money, ShopSummary } from "./products"
import type { PickupItem } from "./pickup"
import type { ShopAddress } from "./shops"

import type { PickupStatus } from "@mirashop/domain"

export type { PickupStatus }

/** How the shopper pays: by card online (Stripe) or at each shop on collection. */
export type PaymentMode = "pay_at_pickup" | "card"

/** The pickup slot of an order (UTC `start`/`end`, Europe/Paris `label`). */
export interface PickupSlot {
  start: string
  end: string
  label: string
}

/** One shop's part of a checkout: a Medusa order of its own. */
export interface CheckoutOrder {
  id: string
  display_id: number
  shop: ShopSummary & { address: ShopAddress; pickup_instructions: string }
  status: PickupStatus
  slot: PickupSlot
  /** The 6-character code the shopper gives at the counter (also encoded in `pickup_qr_svg`). */
  pickup_code: string
  /** The pickup code as an SVG QR code, ready to inline. */
  pickup_qr_svg: string
  items: PickupItem[]
  total: Money
  payment_mode: PaymentMode
  /** Whether the shopper can still cancel this order (before the shop has prepared it). */
  cancellable: boolean
}

/** One checkout of a shopper: one order per shop, grouped. `id` is the cart's id. */
export interface Checkout {
  id: string
  created_at: string
  email: string
  total: Money
  orders: CheckoutOrder[]
}

/** Body of `POST /store/carts/:id/checkout`. */
export interface CheckoutRequest {
  payment_mode: PaymentMode
}

/** `POST /store/carts/:id/checkout`, `GET /store/checkouts/:id`, `POST /store/checkouts/:id/orders/:order_id/cancel`. */
export interface CheckoutResponse {
  checkout: Checkout
}

/** `GET /store/checkouts` (signed-in shopper): checkouts, newest first. */
export interface CheckoutListResponse {
  checkouts: Checkout[]
  count: number
  offset: number
  limit: number
}
