import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CategoryListResponse } from "@mirashop/contract"

/** The platform's product categories a merchant can file products under. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CategoryListResponse>): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle", "name"],
    filters: { is_active: true },
    pagination: { order: { rank: "ASC" } },
  })
  res.json({ categories: data.map(({ id, handle, name }) => ({ id, handle, name })) })
}
