import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymentMode } from "@mirashop/contract"
import { toCents } from "@mirashop/domain"
import type { CheckoutPartData } from "../../../modules/stripe-payment/checkout-part"

/** The provider of payments made at the counter (Medusa's system provider). */
export const PAY_AT_PICKUP_PROVIDER = "pp_system_default"
/** Mirashop's Stripe provider (`stripe-payment` module, id `stripe`). */
export const CARD_PROVIDER = "pp_stripe_stripe"

/** The checkout's authorised PaymentIntent, when paying by card. */
export interface CheckoutCardAuthorisation {
  payment_intent_id: string
  /** Authorised cents: the orders' shares may not add up to more. */
  amount: number
}

export interface AuthorizeOrderPaymentsInput {
  order_ids: string[]
  payment_mode: PaymentMode
  card?: CheckoutCardAuthorisation | null
}

type CreatedPayment = { order_id: string; payment_collection_id: string; payment_id: string }

/**
 * Gives each shop's order its own payment collection, so that a shop can cancel or refund its order
 * without touching the others. Pay at pickup: authorized with the system provider, captured only at
 * the counter. Card: each order's payment is its share of the checkout's single PaymentIntent
 * (ADR 0008), captured when that shop marks the order ready (ADR 0015).
 */
export const authorizeOrderPaymentsStep = createStep(
  "authorize-order-payments",
  async (input: AuthorizeOrderPaymentsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const payments = container.resolve(Modules.PAYMENT)
    const { data } = await query.graph({ entity: "order", fields: ["id", "total", "currency_code"], filters: { id: input.order_ids } })
    const orders = data as { id: string; total: unknown; currency_code: string }[]
    const card = input.payment_mode === "card" ? input.card : null
    if (input.payment_mode === "card") {
      const shares = orders.reduce((sum, order) => sum + toCents(Number(order.total)), 0)
      if (!card || shares > card.amount) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Le paiement autorisé ne couvre pas votre commande : recommencez le paiement.")
      }
    }
    const created: CreatedPayment[] = []
    try {
      for (const order of orders) {
        const amount = Number(order.total)
        const [collection] = await payments.createPaymentCollections([{ currency_code: order.currency_code, amount }])
        const part: CheckoutPartData | null = card
          ? { id: card.payment_intent_id, checkout_part: true, part_amount: toCents(amount), currency: order.currency_code }
          : null
        const session = await payments.createPaymentSession(collection.id, {
          provider_id: part ? CARD_PROVIDER : PAY_AT_PICKUP_PROVIDER,
          currency_code: order.currency_code,
          amount,
          data: part ?? {},
        })
        const payment = await payments.authorizePaymentSession(session.id, {})
        if (!payment) throw new Error(`payment session ${session.id} was not authorized`)
        created.push({ order_id: order.id, payment_collection_id: collection.id, payment_id: payment.id })
      }
    } catch (error) {
      await undo(container, created)
      throw error
    }
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) await undo(container, created)
  }
)

/** Card shares are cancelled without touching Stripe (no release flag): the route releases the intent. */
async function undo(container: MedusaContainer, created: { payment_collection_id: string; payment_id: string }[]): Promise<void> {
  const payments = container.resolve(Modules.PAYMENT)
  for (const { payment_id } of created) await payments.cancelPayment(payment_id).catch(() => undefined)
  await payments.deletePaymentCollections(created.map((c) => c.payment_collection_id))
}
