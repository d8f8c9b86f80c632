import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The provider of payments made at the counter (Medusa's system provider). */
export const PAY_AT_PICKUP_PROVIDER = "pp_system_default"

export interface AuthorizePickupPaymentsInput {
  order_ids: string[]
}

/**
 * Gives each shop's order its own payment collection, authorized with the pay-at-pickup provider:
 * nothing is captured until the shop hands the order over, and a shop can cancel or refund its
 * order without touching the others.
 */
export const authorizePickupPaymentsStep = createStep(
  "authorize-pickup-payments",
  async (input: AuthorizePickupPaymentsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const payments = container.resolve(Modules.PAYMENT)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "total", "currency_code"], filters: { id: input.order_ids } })
    const created: { order_id: string; payment_collection_id: string; payment_id: string }[] = []
    try {
      for (const order of orders as { id: string; total: unknown; currency_code: string }[]) {
        const amount = Number(order.total)
        const [collection] = await payments.createPaymentCollections([{ currency_code: order.currency_code, amount }])
        const session = await payments.createPaymentSession(collection.id, {
          provider_id: PAY_AT_PICKUP_PROVIDER,
          currency_code: order.currency_code,
          amount,
          data: {},
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

async function undo(
  container: MedusaContainer,
  created: { payment_collection_id: string; payment_id: string }[]
): Promise<void> {
  const payments = container.resolve(Modules.PAYMENT)
  for (const { payment_id } of created) await payments.cancelPayment(payment_id).catch(() => undefined)
  await payments.deletePaymentCollections(created.map((c) => c.payment_collection_id))
}
