import type { StoreCatalogQuery, StoreCatalogResponse } from "@mirashop/contract"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** `GET /store/catalog`: one page of products across every shop, with facets. */
export function getCatalog(
  query: StoreCatalogQuery,
  signal?: AbortSignal
): Promise<StoreCatalogResponse> {
  return sdk.client.fetch<StoreCatalogResponse>("/store/catalog", { query, signal })
}

/** Query keys of the catalogue search. */
export const catalogKeys = {
  all: ["catalog"] as const,
  page: (query: StoreCatalogQuery) => [...catalogKeys.all, query] as const,
}

/**
 * One page of search results. While a new search loads, the previous results stay on
 * screen (marked busy) instead of blinking away.
 */
export function useCatalog(query: StoreCatalogQuery) {
  return useQuery({
    queryKey: catalogKeys.page(query),
    queryFn: ({ signal }) => getCatalog(query, signal),
    placeholderData: keepPreviousData,
  })
}
