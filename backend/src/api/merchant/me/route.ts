import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantMeResponse } from "@mirashop/contract"
import { updateMerchantUserWorkflow } from "../../../workflows/staff/update-merchant-user"
import { merchantContext } from "../context"
import type { MerchantUpdateMeType } from "./validators"

async function readMe(req: AuthenticatedMedusaRequest): Promise<MerchantMeResponse> {
  const { user_id } = merchantContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "merchant_user",
    fields: ["id", "email", "first_name", "last_name", "role", "shop.id", "shop.handle", "shop.name", "shop.status"],
    filters: { id: user_id },
  })
  const { shop, ...merchant_user } = data[0]
  return { merchant_user, shop: shop ?? null }
}

/** The signed-in merchant user and a summary of their shop. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantMeResponse>): Promise<void> {
  res.json(await readMe(req))
}

/** The signed-in merchant user changes their own name. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantUpdateMeType>,
  res: MedusaResponse<MerchantMeResponse>
): Promise<void> {
  await updateMerchantUserWorkflow(req.scope).run({ input: { id: merchantContext(req).user_id, ...req.validatedBody } })
  res.json(await readMe(req))
}
