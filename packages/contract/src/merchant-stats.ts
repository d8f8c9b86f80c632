import type { ShopStatsFigures, StatsGranularity } from "@mirashop/domain"

/** Query of `GET /merchant/stats`: inclusive Paris dates "YYYY-MM-DD" and the series' step. */
export interface MerchantStatsQuery {
  from: string
  to: string
  granularity: StatsGranularity
}

/** `GET /merchant/stats`: the shop's figures over the period (amounts in euros). */
export interface MerchantStatsResponse {
  stats: ShopStatsFigures & MerchantStatsQuery & { currency_code: string }
}
