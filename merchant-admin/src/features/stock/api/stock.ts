import type { MerchantStockLevel, MerchantStockLevelResponse, MerchantStockListResponse } from "@mirashop/contract"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** Query keys of the shop's stock. */
export const stockKeys = {
  all: ["stock"] as const,
  list: () => [...stockKeys.all, "list"] as const,
}

/** `GET /merchant/inventory`, every page (a shop has at most a few hundred lines). */
export async function listStock(): Promise<MerchantStockLevel[]> {
  const levels: MerchantStockLevel[] = []
  for (let offset = 0; ; offset += 200) {
    const page = await sdk.client.fetch<MerchantStockListResponse>("/merchant/inventory", { query: { limit: 200, offset } })
    levels.push(...page.inventory_levels)
    if (levels.length >= page.count || page.inventory_levels.length === 0) return levels
  }
}

/** `POST /merchant/inventory/:inventory_item_id`. */
export async function setStock(input: { inventoryItemId: string; stocked: number }): Promise<MerchantStockLevel> {
  const response = await sdk.client.fetch<MerchantStockLevelResponse>(`/merchant/inventory/${input.inventoryItemId}`, {
    method: "POST",
    body: { stocked_quantity: input.stocked },
  })
  return response.inventory_level
}

export function stockQueryOptions() {
  return queryOptions({ queryKey: stockKeys.list(), queryFn: listStock })
}

export function useStock() {
  return useQuery(stockQueryOptions())
}

/** Saves one line and puts the new figures in the cached table. */
export function useSetStock() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setStock,
    onSuccess: (level) =>
      queryClient.setQueryData<MerchantStockLevel[]>(stockKeys.list(), (levels) =>
        levels?.map((current) => (current.inventory_item_id === level.inventory_item_id ? level : current))
      ),
  })
}
