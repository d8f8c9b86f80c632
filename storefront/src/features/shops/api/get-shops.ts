import type { StoreShopListQuery, StoreShopListResponse } from "@mirashop/contract"
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { type ShopFilters, shopKeys } from "./shop-keys"

/** Shops per "Voir plus" page of the directory: 12 keeps its first view light (ADR 0024). */
export const DIRECTORY_PAGE_SIZE = 12

/** `GET /store/shops`: approved shops, by name. */
export function getShops(
  query: StoreShopListQuery,
  signal?: AbortSignal
): Promise<StoreShopListResponse> {
  return sdk.client.fetch<StoreShopListResponse>("/store/shops", { query, signal })
}

/** Offset of the page after `page`, or undefined once every shop is loaded. */
export function nextOffset(page: { offset: number; count: number }, received: number) {
  const next = page.offset + received
  // An empty page ends the list even if `count` promised more (shops went offline meanwhile).
  return received > 0 && next < page.count ? next : undefined
}

export function shopsQueryOptions(query: StoreShopListQuery) {
  return queryOptions({
    queryKey: shopKeys.list(query),
    queryFn: ({ signal }) => getShops(query, signal),
  })
}

/** One page of shops, e.g. the home page's first twelve. */
export function useShops(query: StoreShopListQuery) {
  return useQuery(shopsQueryOptions(query))
}

export function shopDirectoryQueryOptions(filters: ShopFilters) {
  return infiniteQueryOptions({
    queryKey: shopKeys.directory(filters),
    queryFn: ({ pageParam, signal }) =>
      getShops({ ...filters, limit: DIRECTORY_PAGE_SIZE, offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => nextOffset(last, last.shops.length),
  })
}

/**
 * The shop directory for some filters, one "Voir plus" page at a time. While new filters
 * load, the previous results stay on screen (marked busy) instead of blinking away.
 */
export function useShopDirectory(filters: ShopFilters) {
  return useInfiniteQuery({
    ...shopDirectoryQueryOptions(filters),
    placeholderData: keepPreviousData,
  })
}
