import type { StoreShop } from "./shops"

/** The few shop fields a product card shows. */
export type ShopSummary = Pick<StoreShop, "id" | "handle" | "name">

/** A price in the smallest decimal form Medusa uses (euros, e.g. 4.5), VAT included. */
export interface Money {
  amount: number
  currency_code: string
}

/** A product as a card in a list: enough to render it without another request. */
export interface StoreProductCard {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  shop: ShopSummary
  /** Cheapest variant price, VAT included; null when no variant has a price. */
  price: Money | null
  in_stock: boolean
}

/** `GET /store/shops/:handle`: the shop and one page of its products. */
export interface StoreShopDetailResponse {
  shop: StoreShop
  products: StoreProductCard[]
  count: number
  offset: number
  limit: number
}
