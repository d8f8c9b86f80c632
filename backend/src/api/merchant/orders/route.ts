import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantOrderListResponse } from "@mirashop/contract"
import { ordersInPickupStatus, readMerchantOrders, shopOrderIds } from "../../../lib/merchant-orders"
import { merchantContext } from "../context"
import type { MerchantListOrdersQueryType } from "./validators"

/** Orders the caller's shop prepares, newest first, optionally only those in some lifecycle states. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, MerchantListOrdersQueryType>,
  res: MedusaResponse<MerchantOrderListResponse>
): Promise<void> {
  const { limit, offset, pickup_status } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const shopIds = await shopOrderIds(query, merchantContext(req).shop_id)
  const ids = pickup_status ? await ordersInPickupStatus(query, shopIds, pickup_status) : shopIds
  const { orders, count } = await readMerchantOrders(query, { ids, offset, limit })
  res.json({ orders, count, offset, limit })
}
