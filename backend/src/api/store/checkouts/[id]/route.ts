import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CheckoutResponse } from "@mirashop/contract"
import { readCheckout } from "../../../../lib/checkouts"

/**
 * A checkout and its orders, by the id of the cart it came from (a long random id only the
 * shopper's browser and e-mails hold), for the confirmation page and order tracking.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<CheckoutResponse>): Promise<void> {
  const checkout = await readCheckout(req.scope, req.params.id)
  if (!checkout) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette commande n'existe pas.")
  res.json({ checkout })
}
