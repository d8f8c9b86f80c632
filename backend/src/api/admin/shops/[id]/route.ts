import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminShopResponse } from "@mirashop/contract"
import { ADMIN_SHOP_FIELDS } from "../query-config"

/** One shop, as the city sees it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminShopResponse>): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "shop", fields: ADMIN_SHOP_FIELDS, filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  res.json({ shop: data[0] as AdminShopResponse["shop"] })
}
