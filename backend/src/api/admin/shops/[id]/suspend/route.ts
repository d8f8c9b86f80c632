import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminShopResponse } from "@mirashop/contract"
import { suspendShopWorkflow } from "../../../../../workflows/shop/suspend-shop"
import { ADMIN_SHOP_FIELDS } from "../../query-config"
import type { AdminSuspendShopType } from "../../validators"

/** The city suspends a shop, with a reason sent to the merchant. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSuspendShopType>,
  res: MedusaResponse<AdminShopResponse>
): Promise<void> {
  await suspendShopWorkflow(req.scope).run({
    input: { shop_id: req.params.id, reason: req.validatedBody.reason },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shop", fields: ADMIN_SHOP_FIELDS, filters: { id: req.params.id } })
  res.json({ shop: data[0] as AdminShopResponse["shop"] })
}
