import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptPickupOrderWorkflow } from "../../../../../workflows/pickup/accept-pickup-order"
import { merchantContext } from "../../../context"
import { respondWithOrder } from "../respond"

/** The shop confirms it will prepare the order (placed → accepted). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { shop_id } = merchantContext(req)
  await acceptPickupOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, shop_id } })
  await respondWithOrder(req, res)
}
