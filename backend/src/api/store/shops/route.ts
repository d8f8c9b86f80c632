import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreShopListResponse } from "@mirashop/contract"
import { STORE_SHOP_FIELDS, toStoreShop, type ShopRecord } from "../../../lib/store-shop"
import type { StoreListShopsQueryType } from "./validators"

/** Lists approved shops; "open now" is computed in Europe/Paris time, so it filters after reading. */
export async function GET(
  req: MedusaRequest<unknown, StoreListShopsQueryType>,
  res: MedusaResponse<StoreShopListResponse>
): Promise<void> {
  const { trade, open_now, q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { status: "approved" }
  if (trade) filters.trade = trade
  if (q) filters.name = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }

  const { data } = await query.graph({
    entity: "shop",
    fields: [...STORE_SHOP_FIELDS],
    filters,
    pagination: { order: { name: "ASC" } },
  })
  const now = new Date()
  const shops = (data as ShopRecord[])
    .map((shop) => toStoreShop(shop, now))
    .filter((shop) => !open_now || shop.is_open_now)

  res.json({ shops: shops.slice(offset, offset + limit), count: shops.length, offset, limit })
}
