import type { PaymentMode, PickupSlot, PickupStatus } from "./checkout"
import type { Closure, WeeklyHours } from "@mirashop/domain"
import type { ShopStatus, Trade } from "./shops"

/** A person working in a shop. */
export interface MerchantUser {
  id: string
  email: string
  first_name: string
  last_name: string
  role: "owner" | "staff"
}

/** `GET /merchant/me`: who is signed in and which shop they run. */
export interface MerchantMeResponse {
  merchant_user: MerchantUser
  shop: { id: string; handle: string; name: string; status: ShopStatus } | null
}

/** A shop as its merchants see and edit it (`GET/POST /merchant/shop`). */
export interface MerchantShop {
  id: string
  handle: string
  name: string
  trade: Trade
  description: string
  siret: string | null
  email: string
  phone: string
  address_line1: string
  postal_code: string
  city: string
  latitude: number | null
  longitude: number | null
  logo_url: string | null
  pickup_instructions: string
  preparation_minutes: number
  slot_minutes: number
  slot_capacity: number
  no_show_days: number
  opening_hours: WeeklyHours
  closures: Closure[]
  accepts_pay_at_pickup: boolean
  accepts_online_payment: boolean
  status: ShopStatus
  status_reason: string | null
  approved_at: string | null
  created_at: string
  updated_at: string
}

/** Response of `GET/POST /merchant/shop`. */
export interface MerchantShopResponse {
  shop: MerchantShop
}

/** French VAT categories: 20 %, 10 %, 5.5 %. */
export type VatCategory = "standard" | "intermediate" | "reduced"

/** A variant as its merchant manages it; stock figures are at the shop's own location. */
export interface MerchantProductVariant {
  id: string
  title: string
  sku: string | null
  /** Euros, VAT included. */
  price: number | null
  inventory_item_id: string | null
  stocked_quantity: number
  available_quantity: number
}

/** A product of the merchant's catalogue. */
export interface MerchantProduct {
  id: string
  title: string
  handle: string
  description: string
  status: "draft" | "published" | "proposed" | "rejected"
  thumbnail: string | null
  images: { id: string; url: string }[]
  vat_category: VatCategory | null
  category_ids: string[]
  variants: MerchantProductVariant[]
  created_at: string
  updated_at: string
}

/** `GET /merchant/products`. */
export interface MerchantProductListResponse {
  products: MerchantProduct[]
  count: number
  offset: number
  limit: number
}

/** `GET/POST /merchant/products/:id`. */
export interface MerchantProductResponse {
  product: MerchantProduct
}

/** A platform category a product can be filed under. */
export interface Category {
  id: string
  handle: string
  name: string
}

/** `GET /merchant/categories`. */
export interface CategoryListResponse {
  categories: Category[]
}

/** One line of the merchant's stock table: a variant's stock at the shop. */
export interface MerchantStockLevel {
  inventory_item_id: string
  sku: string | null
  product_id: string | null
  product_title: string
  variant_id: string | null
  variant_title: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

/** `GET /merchant/inventory`. */
export interface MerchantStockListResponse {
  inventory_levels: MerchantStockLevel[]
  count: number
  offset: number
  limit: number
}

/** `POST /merchant/inventory/:inventory_item_id`. */
export interface MerchantStockLevelResponse {
  inventory_level: MerchantStockLevel
}

/** An order as the shop that prepares it sees it: only what is needed to hand over the goods. */
export interface MerchantOrder {
  id: string
  display_id: number
  status: string
  created_at: string
  currency_code: string
  total: number
  customer: { first_name: string; last_name: string; email: string; phone: string }
  items: { id: string; title: string; variant_title: string | null; quantity: number; unit_price: number }[]
  /** Click-and-collect: where the order is, its slot and how it is paid (null for an order placed outside Mirashop's checkout). */
  pickup: {
    status: PickupStatus
    slot: PickupSlot
    payment_mode: PaymentMode
    cancel_reason: string | null
  } | null
}

/** `GET /merchant/orders`. */
export interface MerchantOrderListResponse {
  orders: MerchantOrder[]
  count: number
  offset: number
  limit: number
}

/** `GET /merchant/orders/:id`. */
export interface MerchantOrderResponse {
  order: MerchantOrder
}

/** A member of a shop's team; `joined_at` is null while an invitation is pending. */
export interface MerchantTeamMember extends MerchantUser {
  joined_at: string | null
}

/** `GET /merchant/users`. */
export interface MerchantTeamResponse {
  users: MerchantTeamMember[]
  count: number
  offset: number
  limit: number
}

/** `POST /merchant/users`. */
export interface MerchantTeamMemberResponse {
  user: MerchantTeamMember
}
