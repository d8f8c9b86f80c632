import type { StoreShopDetailResponse } from "@mirashop/contract"
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { nextOffset } from "./get-shops"
import { shopKeys } from "./shop-keys"

/**
 * Products per "Voir plus" page of a shop: three rows at desktop width. Twelve rather than 24
 * keeps the first view of a shop page under EcoIndex's DOM budget (ADR 0024).
 */
export const PRODUCTS_PAGE_SIZE = 12

/** `GET /store/shops/:handle`: an approved shop and one page of its published products. */
export function getShop(
  handle: string,
  page: { limit: number; offset: number },
  signal?: AbortSignal
): Promise<StoreShopDetailResponse> {
  return sdk.client.fetch<StoreShopDetailResponse>(`/store/shops/${encodeURIComponent(handle)}`, {
    query: page,
    signal,
  })
}

export function shopQueryOptions(handle: string) {
  return infiniteQueryOptions({
    queryKey: shopKeys.detail(handle),
    queryFn: ({ pageParam, signal }) =>
      getShop(handle, { limit: PRODUCTS_PAGE_SIZE, offset: pageParam }, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => nextOffset(last, last.products.length),
  })
}

/** A shop page: the shop (from the first page) and its products, one "Voir plus" page at a time. */
export function useShop(handle: string) {
  return useInfiniteQuery(shopQueryOptions(handle))
}
