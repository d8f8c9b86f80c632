import type { MerchantShop, MerchantShopResponse } from "@mirashop/contract"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { sessionKeys } from "@/lib/session"

/** Fields of the shop a merchant may send (`POST /merchant/shop`). */
export type ShopUpdate = Partial<
  Omit<MerchantShop, "id" | "handle" | "trade" | "status" | "status_reason" | "approved_at" | "created_at" | "updated_at">
>

/** Query keys of the caller's shop. */
export const shopKeys = {
  all: ["shop"] as const,
  current: () => [...shopKeys.all, "current"] as const,
}

/** `GET /merchant/shop`. */
export async function getShop(): Promise<MerchantShop> {
  return (await sdk.client.fetch<MerchantShopResponse>("/merchant/shop")).shop
}

/** `POST /merchant/shop`. */
export async function updateShop(update: ShopUpdate): Promise<MerchantShop> {
  return (await sdk.client.fetch<MerchantShopResponse>("/merchant/shop", { method: "POST", body: update })).shop
}

/** `POST /merchant/shop/logo` (multipart): the server re-encodes the image. */
export async function uploadLogo(file: File): Promise<MerchantShop> {
  const form = new FormData()
  form.append("files", file, file.name)
  const response = await sdk.client.fetch<MerchantShopResponse>("/merchant/shop/logo", {
    method: "POST",
    // The browser sets the multipart boundary itself.
    headers: { "content-type": null },
    body: form,
  })
  return response.shop
}

export function shopQueryOptions() {
  return queryOptions({ queryKey: shopKeys.current(), queryFn: getShop })
}

/** The caller's shop, every field. */
export function useShop() {
  return useQuery(shopQueryOptions())
}

/** Saves shop fields; the cached shop is replaced and the header's name refreshed. */
export function useUpdateShop() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateShop,
    onSuccess: async (shop) => {
      queryClient.setQueryData(shopKeys.current(), shop)
      await queryClient.invalidateQueries({ queryKey: sessionKeys.all })
    },
  })
}

/** Uploads a new logo and keeps the cached shop in step. */
export function useUploadLogo() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: uploadLogo,
    onSuccess: (shop) => queryClient.setQueryData(shopKeys.current(), shop),
  })
}
