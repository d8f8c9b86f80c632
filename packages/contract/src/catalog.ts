import type { StoreProductCard } from "./products"
import type { Trade } from "./shops"

/** Price bands of the catalogue's price facet, in euros VAT included (`max` excluded). */
export const CATALOG_PRICE_BANDS = [
  { key: "moins-de-10", min: null, max: 10 },
  { key: "10-20", min: 10, max: 20 },
  { key: "20-50", min: 20, max: 50 },
  { key: "50-et-plus", min: 50, max: null },
] as const

/** Key of one price band. */
export type CatalogPriceBandKey = (typeof CATALOG_PRICE_BANDS)[number]["key"]

/** Query of `GET /store/catalog`; every filter is optional and they combine with AND. */
export interface StoreCatalogQuery {
  /** Free text, French, accent-insensitive and typo-tolerant. */
  q?: string
  /** Shop handle. */
  shop?: string
  trade?: Trade
  /** Category handle or id. */
  category?: string
  in_stock?: boolean
  /** Euros VAT included, inclusive bounds on the cheapest variant price. */
  price_min?: number
  price_max?: number
  limit?: number
  offset?: number
}

/** How many products of the current result fall in each value of a facet. */
export interface StoreCatalogFacets {
  trade: { value: Trade; count: number }[]
  shop: { handle: string; name: string; count: number }[]
  category: { id: string; handle: string; name: string; count: number }[]
  price: { key: CatalogPriceBandKey; min: number | null; max: number | null; count: number }[]
  in_stock: { in_stock: number; out_of_stock: number }
}

/** `GET /store/catalog`: one page of product cards across approved shops, with facets. */
export interface StoreCatalogResponse {
  products: StoreProductCard[]
  count: number
  offset: number
  limit: number
  facets: StoreCatalogFacets
}
