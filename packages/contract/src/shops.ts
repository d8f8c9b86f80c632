import type { Closure, WeeklyHours } from "@mirashop/domain"

/** Trades a shop can belong to; the storefront translates each key. */
export const TRADES = [
  "boulangerie",
  "fleuriste",
  "librairie",
  "epicerie_fine",
  "caviste",
  "fromagerie",
  "boucherie",
  "jouets",
  "pret_a_porter",
  "bijouterie",
  "quincaillerie",
  "torrefacteur",
  "autre",
] as const

/** A shop's trade key. */
export type Trade = (typeof TRADES)[number]

// A shop's approval state is defined with the checklist rules that read it.
export type { ShopStatus } from "@mirashop/domain"

/** Postal address of a shop (always in France). */
export interface ShopAddress {
  line1: string
  postal_code: string
  city: string
}

/** A shop as shoppers see it (`GET /store/shops`, `GET /store/shops/:handle`). */
export interface StoreShop {
  id: string
  handle: string
  name: string
  trade: Trade
  description: string
  email: string
  phone: string
  address: ShopAddress
  latitude: number
  longitude: number
  logo_url: string | null
  pickup_instructions: string
  preparation_minutes: number
  opening_hours: WeeklyHours
  closures: Closure[]
  accepts_pay_at_pickup: boolean
  accepts_online_payment: boolean
  /** Computed by the backend in Europe/Paris time at request time. */
  is_open_now: boolean
}

/** Paginated list of shops. */
export interface StoreShopListResponse {
  shops: StoreShop[]
  count: number
  offset: number
  limit: number
}

/** Query of `GET /store/shops`. */
export interface StoreShopListQuery {
  trade?: Trade
  open_now?: boolean
  q?: string
  limit?: number
  offset?: number
}
