import type { WeeklyHours } from "../hours.types"
import type { ShopStatus } from "./progress.types"

/** What the progress rules read about a shop itself. */
export interface ShopFacts {
  status: ShopStatus
  description: string
  phone: string
  logo_url: string | null
  address_line1: string
  latitude: number | null
  longitude: number | null
  opening_hours: WeeklyHours
  closures_count: number
  pickup_instructions: string
  preparation_minutes: number
  slot_capacity: number
  accepts_pay_at_pickup: boolean
  accepts_online_payment: boolean
}

/** What the progress rules read about one product of the shop. */
export interface ProductFacts {
  published: boolean
  description_length: number
  has_photo: boolean
  has_price: boolean
  /** Units on the shelf minus reservations, over every variant, at the shop's location. */
  available: number
  /**
   * Last time one of its stock levels changed: a product with nothing available has been out of
   * stock at least since then (Medusa keeps no stock history, so this is the best lower bound).
   */
  stock_changed_at: Date | null
}

/** One click-and-collect order as the acceptance rule needs it. */
export interface OrderFacts {
  created_at: Date
  accepted_at: Date | null
  cancelled_at: Date | null
  cancelled_by: "shop" | "shopper" | null
}

/** Everything the progress rules need, read once. */
export interface ProgressFacts {
  shop: ShopFacts
  products: ProductFacts[]
  /** Orders placed in the last 30 days. */
  recent_orders: OrderFacts[]
  /** Whether online card payment is configured on the platform (Stripe). */
  online_payment_available: boolean
  /** The city's current campaign a shop could join; null while campaigns are not built. */
  current_campaign: { id: string; joined: boolean } | null
  now: Date
}
