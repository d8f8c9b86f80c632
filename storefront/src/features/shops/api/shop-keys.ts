import type { StoreShopListQuery } from "@mirashop/contract"

/** What a shopper can filter the shop directory by (pagination aside). */
export type ShopFilters = Pick<StoreShopListQuery, "trade" | "open_now" | "q">

/** Query keys of shops; every shop query is under `shopKeys.all`. */
export const shopKeys = {
  all: ["shops"] as const,
  lists: () => [...shopKeys.all, "list"] as const,
  /** One page of shops (home page). */
  list: (query: StoreShopListQuery) => [...shopKeys.lists(), "page", query] as const,
  /** The directory's growing list ("Voir plus"). */
  directory: (filters: ShopFilters) => [...shopKeys.lists(), "directory", filters] as const,
  details: () => [...shopKeys.all, "detail"] as const,
  /** A shop and the pages of its products loaded so far. */
  detail: (handle: string) => [...shopKeys.details(), handle] as const,
}
