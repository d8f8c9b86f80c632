import type { ShopStatus } from "./shops"

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
