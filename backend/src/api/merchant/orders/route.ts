import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantOrderListResponse } from "@mirashop/contract"
import { readMerchantOrders, shopOrderIds } from "../../../lib/merchant-orders"
import { merchantContext } from "../context"
import type { MerchantListOrdersQueryType } from "./validators"

/** Orders the caller's shop prepares, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, MerchantListOrdersQueryType>,
  res: MedusaResponse<MerchantOrderListResponse>
): Promise<void> {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await shopOrderIds(query, merchantContext(req).shop_id)
  const { orders, count } = await readMerchantOrders(query, { ids, offset, limit })
  res.json({ orders, count, offset, limit })
}
