import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CheckoutResponse } from "@mirashop/contract"
import { readCheckout } from "../../../../../../../lib/checkouts"
import { cancelPickupOrderWorkflow } from "../../../../../../../workflows/pickup/cancel-pickup-order"

/** The shopper cancels one shop's order of their checkout, while the shop has not prepared it yet. */
export async function POST(req: MedusaRequest, res: MedusaResponse<CheckoutResponse>): Promise<void> {
  const before = await readCheckout(req.scope, req.params.id)
  if (!before?.orders.some((order) => order.id === req.params.order_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette commande n'existe pas.")
  }
  await cancelPickupOrderWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, by: "shopper", reason: "Annulée par le client" },
  })
  res.json({ checkout: (await readCheckout(req.scope, req.params.id)) ?? before })
}
