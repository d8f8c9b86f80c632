import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cartKeys } from "@/lib/cart"
import { sdk } from "@/lib/sdk"

/** The cart fields a promotion changes. */
const PROMOTION_FIELDS = "id,currency_code,total,discount_total,promotions.id,promotions.code"

/** Codes applied to the cart and the totals after them. */
export interface CartPromotions {
  codes: string[]
  currency_code: string
  /** VAT included, euros. */
  total: number
  discount_total: number
}

function promotionsOf(cart: HttpTypes.StoreCart): CartPromotions {
  return {
    codes: (cart.promotions ?? []).flatMap((promotion) => (promotion.code ? [promotion.code] : [])),
    currency_code: cart.currency_code,
    total: cart.total,
    discount_total: cart.discount_total,
  }
}

const promotionKey = (cartId: string) => [...cartKeys.all, cartId, "promotions"] as const

/** The cart's promotion codes and totals. */
export function useCartPromotions(cartId: string) {
  return useQuery({
    queryKey: promotionKey(cartId),
    queryFn: async ({ signal }) => {
      const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(
        `/store/carts/${cartId}`,
        { query: { fields: PROMOTION_FIELDS }, signal }
      )
      return promotionsOf(cart)
    },
  })
}

/**
 * Applies (`POST`) or removes (`DELETE`) a code through Medusa's `/store/carts/:id/promotions`.
 * Medusa accepts an unknown code without applying it: the answer's codes tell which held.
 */
export function useChangePromotion(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ code, remove }: { code: string; remove: boolean }) => {
      const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(
        `/store/carts/${cartId}/promotions`,
        {
          method: remove ? "DELETE" : "POST",
          body: { promo_codes: [code] },
          query: { fields: PROMOTION_FIELDS },
        }
      )
      const result = promotionsOf(cart)
      queryClient.setQueryData(promotionKey(cartId), result)
      return result
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: cartKeys.all }),
  })
}
