import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MerchantStatsResponse } from "@mirashop/contract"
import { shopStats } from "@mirashop/domain"
import { loadStatsOrders } from "../../../lib/shop-stats"
import { merchantContext } from "../context"
import type { MerchantStatsQueryType } from "./validators"

/** The shop's sales, orders, top products, preparation time, no-shows and campaign orders over a period. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, MerchantStatsQueryType>,
  res: MedusaResponse<MerchantStatsResponse>
): Promise<void> {
  const range = req.validatedQuery
  const orders = await loadStatsOrders(req.scope, merchantContext(req).shop_id, range)
  res.json({ stats: { ...range, currency_code: "eur", ...shopStats(orders, range) } })
}
