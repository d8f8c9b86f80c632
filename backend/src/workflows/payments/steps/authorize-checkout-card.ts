import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toCents } from "@mirashop/domain"
import { readRuntimeEnv } from "../../../config/runtime"
import { readCartPickup } from "../../../lib/cart-pickup"
import { stripeClient } from "../../../lib/payments/stripe-client"

export interface AuthorizeCheckoutCardInput {
  cart_id: string
  /** A payment method from Stripe.js (first attempt), or… */
  payment_method?: string
  /** …the intent of an earlier attempt the shopper has since authenticated (3-D Secure). */
  payment_intent_id?: string
}

interface CardCart {
  id: string
  currency_code: string
  items?: ({ id: string; unit_price: unknown; quantity: unknown; adjustments?: ({ amount: unknown } | null)[] | null } | null)[] | null
}

/** The checkout's PaymentIntent as the checkout route needs it. */
export interface CheckoutCardIntent {
  id: string
  status: string
  amount: number
  amount_capturable: number
  client_secret: string | null
}

/**
 * Authorises the whole cart once: one PaymentIntent with manual capture for the shops' totals,
 * asking for multicapture so each shop's share can be captured when that shop is ready (ADR 0015).
 * A retried first attempt reuses the same intent (idempotency key of the cart and its amount).
 */
export const authorizeCheckoutCardStepId = "authorize-checkout-card"
export const authorizeCheckoutCardStep = createStep(
  authorizeCheckoutCardStepId,
  async (input: AuthorizeCheckoutCardInput, { container }) => {
    const env = readRuntimeEnv(process.env).stripe
    if (!env) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Le paiement par carte n'est pas disponible : choisissez le paiement au retrait.")
    const stripe = stripeClient(env)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "currency_code", "items.id", "items.unit_price", "items.quantity", "items.adjustments.amount"],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as unknown as CardCart | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ce panier n'existe pas.")
    // Each shop's order is charged to the cent, while a discounted cart's own total stays unrounded:
    // the authorisation is the sum of the shops' rounded totals (prices include VAT, ADR 0005).
    const itemTotals = new Map(
      (cart.items ?? []).flatMap((item) => {
        if (!item) return []
        const discount = (item.adjustments ?? []).reduce((sum, a) => sum + Number(a?.amount ?? 0), 0)
        return [[item.id, Number(item.unit_price) * Number(item.quantity) - discount] as const]
      })
    )
    const { pickups } = await readCartPickup(container, cart.id, new Date())
    const amount = pickups.reduce((sum, pickup) => sum + toCents(pickup.items.reduce((shop, item) => shop + (itemTotals.get(item.id) ?? 0), 0)), 0)
    if (amount <= 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Votre panier est vide.")

    if (input.payment_intent_id) {
      const intent = await stripe.paymentIntents.retrieve(input.payment_intent_id).catch(() => null)
      if (!intent || intent.metadata.checkout_id !== cart.id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ce paiement ne correspond pas à votre panier : recommencez le paiement.")
      }
      if (intent.amount < amount) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Votre panier a changé depuis le paiement : recommencez le paiement.")
      }
      return new StepResponse(summary(intent))
    }
    if (!input.payment_method) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Indiquez votre carte de paiement.")
    const intent = await stripe.paymentIntents.create(
      {
        amount,
        currency: cart.currency_code,
        capture_method: "manual",
        payment_method: input.payment_method,
        confirm: true,
        payment_method_types: ["card"],
        payment_method_options: { card: { request_multicapture: "if_available" } },
        metadata: { checkout_id: cart.id },
      },
      { idempotencyKey: `checkout-${cart.id}-${amount}-${input.payment_method}` }
    )
    return new StepResponse(summary(intent))
  }
)

function summary(intent: { id: string; status: string; amount: number; amount_capturable: number; client_secret: string | null }): CheckoutCardIntent {
  return { id: intent.id, status: intent.status, amount: intent.amount, amount_capturable: intent.amount_capturable, client_secret: intent.client_secret }
}
