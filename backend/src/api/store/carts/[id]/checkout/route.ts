import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CardActionRequiredResponse, CheckoutResponse } from "@mirashop/contract"
import { readCheckout } from "../../../../../lib/checkouts"
import { cardPaymentEnabled } from "../../../../../lib/payments/card-availability"
import { completeCheckoutWorkflow } from "../../../../../workflows/checkout/complete-checkout"
import type { CheckoutCardAuthorisation } from "../../../../../workflows/checkout/steps/authorize-order-payments"
import { authorizeCheckoutCardWorkflow } from "../../../../../workflows/payments/authorize-checkout-card"
import { cancelCheckoutCardWorkflow } from "../../../../../workflows/payments/cancel-checkout-card"
import type { StoreCheckoutType } from "./validators"

/**
 * Checks out a cart: one order per shop, each with its slot and pickup code. Idempotent: a
 * retried request returns the checkout already placed instead of placing a second one.
 * By card, the cart is first authorised once for every shop (ADR 0008); 3-D Secure answers 402
 * with the intent's client secret, and the shopper's retry with `payment_intent_id` places the orders.
 */
export async function POST(
  req: MedusaRequest<StoreCheckoutType>,
  res: MedusaResponse<CheckoutResponse | CardActionRequiredResponse>
): Promise<void> {
  const cartId = req.params.id
  const body = req.validatedBody
  const placed = await readCheckout(req.scope, cartId)
  if (placed) {
    res.json({ checkout: placed })
    return
  }
  const cardEnabled = cardPaymentEnabled()
  let card: CheckoutCardAuthorisation | null = null
  if (body.payment_mode === "card" && cardEnabled) {
    const { result: intent } = await authorizeCheckoutCardWorkflow(req.scope).run({
      input: { cart_id: cartId, payment_method: body.payment_method, payment_intent_id: body.payment_intent_id },
    })
    if (intent.status === "requires_action") {
      res.status(402).json({
        type: "requires_action",
        message: "Votre banque demande une confirmation (3-D Secure) : validez le paiement pour continuer.",
        payment_intent: { id: intent.id, client_secret: intent.client_secret },
      })
      return
    }
    if (intent.status !== "requires_capture") {
      await cancelCheckoutCardWorkflow(req.scope).run({ input: { payment_intent_id: intent.id } })
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Votre carte a été refusée : essayez une autre carte ou le paiement au retrait.")
    }
    card = { payment_intent_id: intent.id, amount: intent.amount_capturable }
  }
  try {
    await completeCheckoutWorkflow(req.scope).run({
      input: { cart_id: cartId, payment_mode: body.payment_mode, card_enabled: cardEnabled, card },
    })
  } catch (error) {
    // A concurrent request for the same cart may have placed it while this one waited for the lock.
    const concurrent = await readCheckout(req.scope, cartId)
    if (concurrent) {
      res.json({ checkout: concurrent })
      return
    }
    if (card) await cancelCheckoutCardWorkflow(req.scope).run({ input: { payment_intent_id: card.payment_intent_id } })
    throw error
  }
  const checkout = await readCheckout(req.scope, cartId)
  if (!checkout) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "La commande n'a pas pu être enregistrée.")
  res.json({ checkout })
}
