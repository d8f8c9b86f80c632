import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPickupOrderWorkflow } from "../../../../../workflows/pickup/cancel-pickup-order"
import { merchantContext } from "../../../context"
import { respondWithOrder } from "../respond"
import type { MerchantCancelOrderType } from "./validators"

/** The shop cancels the order before it is ready: stock released, payment cancelled, shopper told why. */
export async function POST(req: AuthenticatedMedusaRequest<MerchantCancelOrderType>, res: MedusaResponse): Promise<void> {
  const { shop_id } = merchantContext(req)
  await cancelPickupOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, shop_id, by: "shop", reason: req.validatedBody.reason },
  })
  await respondWithOrder(req, res)
}
