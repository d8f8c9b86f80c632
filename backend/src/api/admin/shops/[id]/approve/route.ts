import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminShopResponse } from "@mirashop/contract"
import { approveShopWorkflow } from "../../../../../workflows/shop/approve-shop"
import { ADMIN_SHOP_FIELDS } from "../../query-config"

/** The city approves a shop: it goes live. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminShopResponse>): Promise<void> {
  await approveShopWorkflow(req.scope).run({ input: { shop_id: req.params.id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shop", fields: ADMIN_SHOP_FIELDS, filters: { id: req.params.id } })
  res.json({ shop: data[0] as AdminShopResponse["shop"] })
}
