import type { MerchantStatsQuery, MerchantStatsResponse } from "@mirashop/contract"
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** The shop's figures over a period. */
export type ShopStats = MerchantStatsResponse["stats"]

/** Query keys of the shop's statistics. */
export const statsKeys = {
  all: ["stats"] as const,
  range: (range: MerchantStatsQuery) => [...statsKeys.all, range.from, range.to, range.granularity] as const,
}

/** `GET /merchant/stats`. */
export async function getStats(range: MerchantStatsQuery): Promise<ShopStats> {
  return (await sdk.client.fetch<MerchantStatsResponse>("/merchant/stats", { query: { ...range } })).stats
}

export function statsQueryOptions(range: MerchantStatsQuery) {
  return queryOptions({ queryKey: statsKeys.range(range), queryFn: () => getStats(range), placeholderData: keepPreviousData })
}

/** The shop's statistics; the previous figures stay on screen while a new period loads. */
export function useStats(range: MerchantStatsQuery) {
  return useQuery(statsQueryOptions(range))
}
