import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantOrderResponse } from "@mirashop/contract"
import { readMerchantOrders } from "../../../../lib/merchant-orders"

/** Answers a lifecycle action with the order as the shop now sees it. */
export async function respondWithOrder(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantOrderResponse>): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { orders } = await readMerchantOrders(query, { ids: [req.params.id], offset: 0, limit: 1 })
  res.json({ order: orders[0] })
}
