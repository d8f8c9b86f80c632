import type { CheckoutListResponse, CheckoutResponse } from "@mirashop/contract"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** Query keys of the signed-in shopper's orders. */
export const orderKeys = {
  all: ["orders"] as const,
  list: (page: { limit: number; offset: number }) => [...orderKeys.all, "list", page] as const,
}

/** Checkouts per page of the order history. */
export const ORDERS_PAGE_SIZE = 10

/** `GET /store/checkouts`: the signed-in shopper's checkouts, newest first. */
export function getOrders(page: { limit: number; offset: number }, signal?: AbortSignal) {
  return sdk.client.fetch<CheckoutListResponse>("/store/checkouts", { query: page, signal })
}

export function ordersQueryOptions(page: { limit: number; offset: number }) {
  return queryOptions({
    queryKey: orderKeys.list(page),
    queryFn: ({ signal }) => getOrders(page, signal),
    // Shops move orders along (ready, collected): always show the latest state.
    staleTime: 0,
  })
}

/** One page of the order history. */
export function useOrders(page: { limit: number; offset: number }) {
  return useQuery(ordersQueryOptions(page))
}

/** `POST /store/checkouts/:id/orders/:order_id/cancel`: cancels one shop's order before it is ready. */
export function cancelOrder(checkoutId: string, orderId: string): Promise<CheckoutResponse> {
  return sdk.client.fetch<CheckoutResponse>(
    `/store/checkouts/${encodeURIComponent(checkoutId)}/orders/${encodeURIComponent(orderId)}/cancel`,
    { method: "POST" }
  )
}

/** Cancels one shop's order; the history is read again. */
export function useCancelOrder() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ checkoutId, orderId }: { checkoutId: string; orderId: string }) =>
      cancelOrder(checkoutId, orderId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orderKeys.all }),
  })
}
