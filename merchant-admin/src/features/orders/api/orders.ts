import type { MerchantOrder, MerchantOrderListResponse, MerchantOrderResponse, PickupStatus } from "@mirashop/contract"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** How often the queue asks for new orders (see ADR 0011: polling, not a push channel). */
export const ORDER_POLL_MS = 15_000

/** Query keys of the shop's orders. */
export const orderKeys = {
  all: ["orders"] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (statuses: readonly PickupStatus[]) => [...orderKeys.lists(), statuses.join(",")] as const,
  detail: (id: string) => [...orderKeys.all, "detail", id] as const,
}

/** `GET /merchant/orders?pickup_status=…`: the latest 100 orders in these lifecycle states. */
export async function listOrders(statuses: readonly PickupStatus[]): Promise<MerchantOrderListResponse> {
  return sdk.client.fetch<MerchantOrderListResponse>("/merchant/orders", { query: { pickup_status: statuses.join(","), limit: 100 } })
}

/** `GET /merchant/orders/:id`. */
export async function getOrder(id: string): Promise<MerchantOrder> {
  return (await sdk.client.fetch<MerchantOrderResponse>(`/merchant/orders/${id}`)).order
}

/** A lifecycle step the merchant takes on an order; `cancel` needs a reason. */
export type OrderAction = { id: string; action: "accept" | "ready" } | { id: string; action: "cancel"; reason: string }

/** `POST /merchant/orders/:id/accept|ready|cancel`. */
export async function runOrderAction(input: OrderAction): Promise<MerchantOrder> {
  const body = input.action === "cancel" ? { reason: input.reason } : undefined
  return (await sdk.client.fetch<MerchantOrderResponse>(`/merchant/orders/${input.id}/${input.action}`, { method: "POST", body })).order
}

export function ordersQueryOptions(statuses: readonly PickupStatus[], live: boolean) {
  return queryOptions({
    queryKey: orderKeys.list(statuses),
    queryFn: () => listOrders(statuses),
    refetchInterval: live ? ORDER_POLL_MS : false,
  })
}

/** The shop's orders in some lifecycle states; `live` keeps asking every {@link ORDER_POLL_MS}. */
export function useOrders(statuses: readonly PickupStatus[], options: { live?: boolean } = {}) {
  return useQuery(ordersQueryOptions(statuses, options.live ?? false))
}

export function orderQueryOptions(id: string) {
  return queryOptions({ queryKey: orderKeys.detail(id), queryFn: () => getOrder(id) })
}

/** One order of the shop. */
export function useOrder(id: string) {
  return useQuery(orderQueryOptions(id))
}

/** Refreshes every list and the order itself after a change: the order moves from one tab to another. */
export async function refreshOrders(queryClient: ReturnType<typeof useQueryClient>, order: MerchantOrder): Promise<void> {
  queryClient.setQueryData(orderKeys.detail(order.id), order)
  await queryClient.invalidateQueries({ queryKey: orderKeys.lists() })
  // The coaching item "orders accepted within 2 hours" moves with these actions.
  await queryClient.invalidateQueries({ queryKey: ["progress"] })
}

/** Accepts, marks ready or cancels an order. */
export function useOrderAction() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: runOrderAction, onSuccess: (order) => refreshOrders(queryClient, order) })
}
