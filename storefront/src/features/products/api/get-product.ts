import type { StoreProductPageResponse } from "@mirashop/contract"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** Query keys of product pages. */
export const productKeys = {
  all: ["products"] as const,
  detail: (shop: string, product: string) => [...productKeys.all, "detail", shop, product] as const,
}

/** `GET /store/shops/:handle/products/:product_handle`. */
export function getProductPage(
  shop: string,
  product: string,
  signal?: AbortSignal
): Promise<StoreProductPageResponse> {
  return sdk.client.fetch<StoreProductPageResponse>(
    `/store/shops/${encodeURIComponent(shop)}/products/${encodeURIComponent(product)}`,
    { signal }
  )
}

export function productPageQueryOptions(shop: string, product: string) {
  return queryOptions({
    queryKey: productKeys.detail(shop, product),
    queryFn: ({ signal }) => getProductPage(shop, product, signal),
    // Stock moves with every order: a product page is never more than 15 seconds old.
    staleTime: 15_000,
  })
}

/** A product page: variants, prices, stock at the shop and ready-time estimate. */
export function useProductPage(shop: string, product: string) {
  return useQuery(productPageQueryOptions(shop, product))
}
