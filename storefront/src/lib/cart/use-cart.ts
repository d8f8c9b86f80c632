import type { CartPickupRequest } from "@mirashop/contract"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  addToCart,
  getCart,
  getCartPickup,
  removeLineItem,
  setPickupSlots,
  updateLineItem,
} from "./cart-api"
import { useCartId } from "./cart-id"
import { cartKeys } from "./cart-keys"

// A cart changes with every click: never show a minute-old copy of it.
const FRESH = 0

export function cartQueryOptions(id: string) {
  return queryOptions({
    queryKey: cartKeys.detail(id),
    queryFn: ({ signal }) => getCart(id, signal),
    staleTime: FRESH,
  })
}

export function cartPickupQueryOptions(id: string) {
  return queryOptions({
    queryKey: cartKeys.pickup(id),
    queryFn: ({ signal }) => getCartPickup(id, signal),
    staleTime: FRESH,
  })
}

/** The open cart of this device (null when there is none). */
export function useCart() {
  const id = useCartId()
  const query = useQuery({ ...cartQueryOptions(id ?? ""), enabled: id !== null })
  return { id, ...query, cart: id === null ? null : (query.data ?? null) }
}

/** Units in the open cart, for the header; 0 without a cart and while it loads. */
export function useCartCount(): number {
  const { cart } = useCart()
  return (cart?.items ?? []).reduce((sum, item) => sum + Number(item.quantity), 0)
}

/** The open cart grouped by shop (`GET /store/carts/:id/pickup`); disabled without a cart. */
export function useCartPickup() {
  const id = useCartId()
  const query = useQuery({ ...cartPickupQueryOptions(id ?? ""), enabled: id !== null })
  return { id, ...query }
}

/** Adds a variant to the cart (creating it in region France on first use). */
export function useAddToCart() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ variantId, quantity }: { variantId: string; quantity: number }) =>
      addToCart(variantId, quantity),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cartKeys.all }),
  })
}

/** Changes a line's quantity. */
export function useUpdateLineItem(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ lineId, quantity }: { lineId: string; quantity: number }) =>
      updateLineItem(cartId, lineId, quantity),
    onSettled: () => queryClient.invalidateQueries({ queryKey: cartKeys.all }),
  })
}

/** Removes a line. */
export function useRemoveLineItem(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (lineId: string) => removeLineItem(cartId, lineId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: cartKeys.all }),
  })
}

/** Stores the pickup slot chosen at a shop; the answer replaces the cached grouping. */
export function useSetPickupSlots(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CartPickupRequest) => setPickupSlots(cartId, body),
    onSuccess: (data) => queryClient.setQueryData(cartKeys.pickup(cartId), data),
  })
}
