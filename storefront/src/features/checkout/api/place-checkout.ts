import type { CheckoutRequest, CheckoutResponse } from "@mirashop/contract"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { cartKeys, type CartIdentity, setCartIdentity, writeCartId } from "@/lib/cart"
import { sdk } from "@/lib/sdk"
import { checkoutKeys } from "./checkout-keys"

/** `POST /store/carts/:id/checkout`: turns the cart into one order per shop. */
export function placeCheckout(cartId: string, body: CheckoutRequest): Promise<CheckoutResponse> {
  return sdk.client.fetch<CheckoutResponse>(`/store/carts/${encodeURIComponent(cartId)}/checkout`, {
    method: "POST",
    body,
  })
}

/** What the checkout form submits. */
export interface CheckoutSubmission {
  identity: CartIdentity
  signedIn: boolean
  request: CheckoutRequest
}

/**
 * Puts the shopper's details on the cart, then checks it out. Once placed, the cart is
 * forgotten on this device and the confirmation is already in the cache.
 */
export function usePlaceCheckout(cartId: string, onPlaced: (checkoutId: string) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ identity, signedIn, request }: CheckoutSubmission) => {
      await setCartIdentity(cartId, identity, signedIn)
      return placeCheckout(cartId, request)
    },
    onSuccess: async ({ checkout }) => {
      queryClient.setQueryData(checkoutKeys.detail(checkout.id), { checkout })
      // Leave the checkout page first: once the cart is forgotten it would show "empty cart".
      onPlaced(checkout.id)
      writeCartId(null)
      await queryClient.invalidateQueries({ queryKey: cartKeys.all })
    },
  })
}
