import {
  CATALOG_PRICE_BANDS,
  type CatalogPriceBandKey,
  type StoreCatalogQuery,
  TRADES,
  type Trade,
} from "@mirashop/contract"

/** Results per page of the search. */
export const SEARCH_PAGE_SIZE = 12

/** Longest text the backend accepts. */
export const MAX_SEARCH_LENGTH = 100

/** What a shopper searched for, as the URL of `/recherche` holds it (shareable, back button works). */
export interface SearchState {
  q?: string
  trade?: Trade
  shop?: string
  category?: string
  price?: CatalogPriceBandKey
  in_stock?: boolean
  /** 1-based page number. */
  page: number
}

/** Whether a URL value names a known trade. */
export function isTrade(value: unknown): value is Trade {
  return typeof value === "string" && (TRADES as readonly string[]).includes(value)
}

/** Whether a URL value names a price band of the catalogue. */
export function isPriceBand(value: unknown): value is CatalogPriceBandKey {
  return CATALOG_PRICE_BANDS.some((band) => band.key === value)
}

/** A handle-like value from the URL, or undefined: junk is dropped rather than sent on. */
function handleOf(value: string | null): string | undefined {
  const text = value?.trim()
  return text && text.length <= MAX_SEARCH_LENGTH ? text : undefined
}

/** The search from the URL of `/recherche`; anything unknown is ignored. */
export function searchStateFromUrl(search: URLSearchParams): SearchState {
  const q = search.get("q")?.trim().slice(0, MAX_SEARCH_LENGTH)
  const trade = search.get("metier")
  const price = search.get("prix")
  const page = Number.parseInt(search.get("page") ?? "1", 10)
  return {
    q: q || undefined,
    trade: isTrade(trade) ? trade : undefined,
    shop: handleOf(search.get("boutique")),
    category: handleOf(search.get("categorie")),
    price: isPriceBand(price) ? price : undefined,
    in_stock: search.get("en_stock") === "oui" || undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  }
}

/** "?q=…&metier=…" for a search, French parameter names, page 1 left out so links stay short. */
export function urlFromSearchState(state: SearchState): string {
  const search = new URLSearchParams()
  if (state.q) search.set("q", state.q)
  if (state.trade) search.set("metier", state.trade)
  if (state.shop) search.set("boutique", state.shop)
  if (state.category) search.set("categorie", state.category)
  if (state.price) search.set("prix", state.price)
  if (state.in_stock) search.set("en_stock", "oui")
  if (state.page > 1) search.set("page", String(state.page))
  const text = search.toString()
  return text ? `?${text}` : ""
}

/** The `GET /store/catalog` query of a search. */
export function catalogQueryOf(state: SearchState): StoreCatalogQuery {
  const band = CATALOG_PRICE_BANDS.find((candidate) => candidate.key === state.price)
  const query: StoreCatalogQuery = {
    limit: SEARCH_PAGE_SIZE,
    offset: (state.page - 1) * SEARCH_PAGE_SIZE,
  }
  if (state.q) query.q = state.q
  if (state.trade) query.trade = state.trade
  if (state.shop) query.shop = state.shop
  if (state.category) query.category = state.category
  if (state.in_stock) query.in_stock = true
  // Bands exclude their max; the backend's bounds are inclusive, so stop one cent below.
  if (band?.min != null) query.price_min = band.min
  if (band?.max != null) query.price_max = band.max - 0.01
  return query
}
