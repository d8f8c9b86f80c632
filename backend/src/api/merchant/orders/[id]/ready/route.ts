import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPickupReadyWorkflow } from "../../../../../workflows/pickup/mark-pickup-ready"
import { merchantContext } from "../../../context"
import { respondWithOrder } from "../respond"

/** The order is prepared and waits at the counter (accepted → ready_for_pickup); the shopper is told. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { shop_id, location_id } = merchantContext(req)
  await markPickupReadyWorkflow(req.scope).run({ input: { order_id: req.params.id, shop_id, location_id } })
  await respondWithOrder(req, res)
}
