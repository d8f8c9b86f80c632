import type { CheckoutResponse } from "@mirashop/contract"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { checkoutKeys } from "./checkout-keys"

/** `GET /store/checkouts/:id`: a placed checkout, one order per shop with its pickup code. */
export function getCheckout(id: string, signal?: AbortSignal): Promise<CheckoutResponse> {
  return sdk.client.fetch<CheckoutResponse>(`/store/checkouts/${encodeURIComponent(id)}`, {
    signal,
  })
}

export function checkoutQueryOptions(id: string) {
  return queryOptions({
    queryKey: checkoutKeys.detail(id),
    queryFn: ({ signal }) => getCheckout(id, signal),
  })
}

/** A placed checkout, for its confirmation page. */
export function useCheckout(id: string) {
  return useQuery(checkoutQueryOptions(id))
}
