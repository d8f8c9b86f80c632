import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantMeResponse } from "@mirashop/contract"
import { merchantContext } from "../context"

/** The signed-in merchant user and a summary of their shop. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<MerchantMeResponse>
): Promise<void> {
  const { user_id } = merchantContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "merchant_user",
    fields: ["id", "email", "first_name", "last_name", "role", "shop.id", "shop.handle", "shop.name", "shop.status"],
    filters: { id: user_id },
  })
  const { shop, ...merchant_user } = data[0]
  res.json({ merchant_user, shop: shop ?? null })
}
