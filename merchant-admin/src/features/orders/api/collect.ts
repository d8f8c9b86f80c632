import type { MerchantOrder, MerchantOrderResponse } from "@mirashop/contract"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { refreshOrders } from "./orders"

/** A refused handover: the backend's sentence, and how long to wait when codes are paused (429). */
export class CollectError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterSeconds: number | null
  ) {
    super(message)
  }
}

/**
 * `POST /merchant/orders/:id/collect {code}`. Plain `fetch` rather than the sdk: the sdk's
 * errors drop the headers, and the wait after too many wrong codes is in `Retry-After`.
 */
export async function collectOrder(input: { id: string; code: string }): Promise<MerchantOrder> {
  const token = await sdk.client.getToken()
  const response = await fetch(`/merchant/orders/${input.id}/collect`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ code: input.code }),
  })
  const body = (await response.json().catch(() => ({}))) as Partial<MerchantOrderResponse> & { message?: string }
  if (response.ok && body.order) return body.order
  const retryAfter = Number(response.headers.get("retry-after"))
  throw new CollectError(body.message ?? "", response.status, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null)
}

/** Hands an order over once its pickup code matches. */
export function useCollectOrder() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: collectOrder, onSuccess: (order) => refreshOrders(queryClient, order) })
}
