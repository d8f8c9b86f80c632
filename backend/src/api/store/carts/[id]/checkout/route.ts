import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CheckoutResponse } from "@mirashop/contract"
import { readCheckout } from "../../../../../lib/checkouts"
import { cardPaymentEnabled } from "../../../../../lib/payments/card-availability"
import { completeCheckoutWorkflow } from "../../../../../workflows/checkout/complete-checkout"
import type { StoreCheckoutType } from "./validators"

/**
 * Checks out a cart: one order per shop, each with its slot and pickup code. Idempotent: a
 * retried request returns the checkout already placed instead of placing a second one.
 */
export async function POST(req: MedusaRequest<StoreCheckoutType>, res: MedusaResponse<CheckoutResponse>): Promise<void> {
  const cartId = req.params.id
  const placed = await readCheckout(req.scope, cartId)
  if (placed) {
    res.json({ checkout: placed })
    return
  }
  try {
    await completeCheckoutWorkflow(req.scope).run({
      input: {
        cart_id: cartId,
        payment_mode: req.validatedBody.payment_mode,
        card_enabled: cardPaymentEnabled(),
      },
    })
  } catch (error) {
    // A concurrent request for the same cart may have placed it while this one waited for the lock.
    const concurrent = await readCheckout(req.scope, cartId)
    if (concurrent) {
      res.json({ checkout: concurrent })
      return
    }
    throw error
  }
  const checkout = await readCheckout(req.scope, cartId)
  if (!checkout) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "La commande n'a pas pu être enregistrée.")
  res.json({ checkout })
}
