import type { Money, ShopSummary } from "./products"
import type { ShopAddress } from "./shops"

/** A bookable pickup slot (Europe/Paris `date` and `label`, UTC `start`/`end`). */
export interface PickupSlotOption {
  start: string
  end: string
  date: string
  label: string
  remaining: number
}

/** One line of a cart, as a shop will prepare it. */
export interface PickupItem {
  id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  thumbnail: string | null
}

/** What the shopper collects at one shop: items, subtotal, where, and when they can come. */
export interface ShopPickup {
  shop: ShopSummary & { address: ShopAddress; pickup_instructions: string; accepts_pay_at_pickup: boolean; accepts_online_payment: boolean }
  items: PickupItem[]
  subtotal: Money
  slots: PickupSlotOption[]
  /** The slot the shopper chose, if any (start, ISO UTC). */
  selected_slot: string | null
}

/** `GET /store/carts/:id/pickup` and `POST /store/carts/:id/pickup`. */
export interface CartPickupResponse {
  cart_id: string
  pickups: ShopPickup[]
}

/** Body of `POST /store/carts/:id/pickup`. */
export interface CartPickupRequest {
  slots: { shop_id: string; start: string }[]
}
