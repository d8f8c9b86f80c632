import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantStockListResponse } from "@mirashop/contract"
import { readStockLevels } from "../../../lib/merchant-inventory"
import { merchantContext } from "../context"
import type { MerchantListInventoryQueryType } from "./validators"

/** The stock of every variant at the caller's shop. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, MerchantListInventoryQueryType>,
  res: MedusaResponse<MerchantStockListResponse>
): Promise<void> {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { levels, count } = await readStockLevels(query, { locationId: merchantContext(req).location_id, offset, limit })
  res.json({ inventory_levels: levels, count, offset, limit })
}
