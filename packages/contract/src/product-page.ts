import type { PickupSlotOption } from "./pickup"
import type { Money, ShopSummary } from "./products"
import type { ShopAddress } from "./shops"

/** Units left at or under which the storefront says "Plus que N" instead of "En stock". */
export const LOW_STOCK_THRESHOLD = 3

/** Whether a variant can be ordered at its shop: plenty, only a few left, or none. */
export type StockStatus = "in_stock" | "low_stock" | "out_of_stock"

/** Stock of a variant at its shop's own location; `remaining` is only told when few are left. */
export interface VariantStock {
  status: StockStatus
  remaining: number | null
}

/** A choice a product offers (e.g. "Poids": "500 g", "1 kg"), values in the merchant's order. */
export interface ProductPageOption {
  id: string
  title: string
  values: string[]
}

/** One variant a shopper can add to the cart; `options` maps an option id to its value. */
export interface ProductPageVariant {
  id: string
  title: string
  options: Record<string, string>
  /** VAT included; null when the merchant set no euro price (then it cannot be ordered). */
  price: Money | null
  stock: VariantStock
}

/** A product photo, same-origin (`/static/…`). */
export interface ProductPageImage {
  id: string
  url: string
}

/** When an order placed now could be collected: the shop's preparation time and first free slot. */
export interface ReadyEstimate {
  preparation_minutes: number
  /** The earliest bookable pickup slot of the next 7 days, or null when none is left. */
  earliest_slot: PickupSlotOption | null
}

/** A published product of an approved shop, as its product page shows it. */
export interface StoreProductPage {
  id: string
  handle: string
  title: string
  description: string
  thumbnail: string | null
  images: ProductPageImage[]
  options: ProductPageOption[]
  variants: ProductPageVariant[]
  shop: ShopSummary & { address: ShopAddress; pickup_instructions: string; is_open_now: boolean }
  ready: ReadyEstimate
}

/** `GET /store/shops/:handle/products/:product_handle`. */
export interface StoreProductPageResponse {
  product: StoreProductPage
}
