import type { MerchantStockAdjustmentRequest, MerchantStockAdjustmentResponse, MerchantStockJournalResponse, StockAdjustmentEntry } from "@mirashop/contract"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { stockKeys } from "./stock"

/** Query keys of the shop's stock journal. */
export const journalKeys = {
  all: ["stock-journal"] as const,
  latest: () => [...journalKeys.all, "latest"] as const,
}

/** `GET /merchant/stock-adjustments`: the 50 latest journal lines. */
export async function listJournal(): Promise<StockAdjustmentEntry[]> {
  return (await sdk.client.fetch<MerchantStockJournalResponse>("/merchant/stock-adjustments", { query: { limit: 50 } })).adjustments
}

/** `POST /merchant/stock-adjustments`. */
export async function adjustStock(input: MerchantStockAdjustmentRequest): Promise<MerchantStockAdjustmentResponse> {
  return sdk.client.fetch<MerchantStockAdjustmentResponse>("/merchant/stock-adjustments", { method: "POST", body: input })
}

export function journalQueryOptions() {
  return queryOptions({ queryKey: journalKeys.latest(), queryFn: listJournal })
}

export function useStockJournal() {
  return useQuery(journalQueryOptions())
}

/** Applies a bulk adjustment; the stock table and the journal are read again. */
export function useAdjustStock() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: adjustStock,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: stockKeys.all }), queryClient.invalidateQueries({ queryKey: journalKeys.all })])
    },
  })
}
