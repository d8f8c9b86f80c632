import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MerchantOrderResponse } from "@mirashop/contract"
import { readMerchantOrders, shopOrderIds } from "../../../../lib/merchant-orders"
import { merchantContext } from "../../context"

/** One order of the caller's shop; another shop's order is "not found". */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantOrderResponse>): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await shopOrderIds(query, merchantContext(req).shop_id)
  if (!ids.includes(req.params.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette commande n'existe pas pour votre boutique.")
  }
  const { orders } = await readMerchantOrders(query, { ids: [req.params.id], offset: 0, limit: 1 })
  res.json({ order: orders[0] })
}
