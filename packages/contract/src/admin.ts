import type { MerchantUser } from "./merchant"
import type { ShopStatus, Trade } from "./shops"

/** A shop as city staff see it in the Medusa admin. */
export interface AdminShop {
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
  status: ShopStatus
  status_reason: string | null
  approved_at: string | null
  created_at: string
  updated_at: string
  users: MerchantUser[]
}

/** `GET /admin/shops`. */
export interface AdminShopListResponse {
  shops: AdminShop[]
  count: number
  offset: number
  limit: number
}

/** `GET /admin/shops/:id`, `POST /admin/shops/:id/approve|suspend`. */
export interface AdminShopResponse {
  shop: AdminShop
}
