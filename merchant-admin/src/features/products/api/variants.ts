import type { MerchantProduct, MerchantProductResponse } from "@mirashop/contract"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { getProduct, type NewVariant, productKeys } from "./products"

/** `POST /merchant/products/:id/variants`. */
export async function addVariant({ productId, ...body }: NewVariant & { productId: string }): Promise<MerchantProduct> {
  return (await sdk.client.fetch<MerchantProductResponse>(`/merchant/products/${productId}/variants`, { method: "POST", body })).product
}

/** `POST /merchant/products/:id/variants/:variant_id` then, if it changed, the shelf count at `/merchant/inventory`. */
export async function saveVariant(input: {
  productId: string
  variantId: string
  title: string
  price: number
  inventoryItemId: string | null
  stock: number | null
}): Promise<MerchantProduct> {
  await sdk.client.fetch(`/merchant/products/${input.productId}/variants/${input.variantId}`, {
    method: "POST",
    body: { title: input.title, price: input.price },
  })
  if (input.inventoryItemId && input.stock !== null) {
    await sdk.client.fetch(`/merchant/inventory/${input.inventoryItemId}`, { method: "POST", body: { stocked_quantity: input.stock } })
  }
  return getProduct(input.productId)
}

/** `DELETE /merchant/products/:id/variants/:variant_id`. */
export async function removeVariant({ productId, variantId }: { productId: string; variantId: string }): Promise<MerchantProduct> {
  await sdk.client.fetch(`/merchant/products/${productId}/variants/${variantId}`, { method: "DELETE" })
  return getProduct(productId)
}

function useVariantMutation<Input>(mutationFn: (input: Input) => Promise<MerchantProduct>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async (product) => {
      queryClient.setQueryData(productKeys.detail(product.id), product)
      await queryClient.invalidateQueries({ queryKey: productKeys.lists() })
    },
  })
}

export const useAddVariant = () => useVariantMutation(addVariant)
export const useSaveVariant = () => useVariantMutation(saveVariant)
export const useRemoveVariant = () => useVariantMutation(removeVariant)
