import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminShopListResponse } from "@mirashop/contract"
import { ADMIN_SHOP_FIELDS } from "./query-config"
import type { AdminListShopsQueryType } from "./validators"

/** Every shop for the city, newest first, filterable by status and name. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListShopsQueryType>,
  res: MedusaResponse<AdminShopListResponse>
): Promise<void> {
  const { status, q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.name = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
  const { data, metadata } = await query.graph({
    entity: "shop",
    fields: ADMIN_SHOP_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ shops: data as AdminShopListResponse["shops"], count: metadata?.count ?? data.length, offset, limit })
}
