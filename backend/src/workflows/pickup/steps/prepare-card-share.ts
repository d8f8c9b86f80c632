import type { IPaymentModuleService, UpdatePaymentDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isLastOpenPart } from "@mirashop/domain"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { isCheckoutPart } from "../../../modules/stripe-payment/checkout-part"

export interface PrepareCardShareInput {
  order_id: string
  /** capture: the shop is ready; release: the order is cancelled or not collected. */
  action: "capture" | "release"
}

type Previous = { id: string; data: Record<string, unknown> }[]

/**
 * Medusa's `updatePayment` writes every given column but its DTO types only `id`: the payment's
 * provider data is written through this wider type (Medusa documents no other way to set it).
 */
async function writePaymentData(payments: IPaymentModuleService, id: string, data: Record<string, unknown>): Promise<void> {
  const update: UpdatePaymentDTO & { data: Record<string, unknown> } = { id, data }
  await payments.updatePayment(update)
}

/**
 * Before a shop's share of a card checkout is captured or cancelled, tells the provider whether it is
 * the last share still waiting on the checkout's authorisation (`isLastOpenPart`): then the capture
 * is final (Stripe releases the rest) or the cancellation releases the whole authorisation.
 * Other shares' payments are not touched. Pay-at-pickup orders pass through unchanged.
 */
export const prepareCardShareStep = createStep(
  "prepare-card-share",
  async (input: PrepareCardShareInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [pickup] = await marketplace.listOrderPickups({ order_id: input.order_id })
    if (!pickup || pickup.payment_mode !== "card") return new StepResponse<Previous, Previous>([], [])
    const siblings = await marketplace.listOrderPickups({ checkout_id: pickup.checkout_id })
    const last = isLastOpenPart(siblings.filter((s) => s.order_id !== input.order_id).map((s) => s.status))

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.id", "payment_collections.payments.data", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { payment_collections?: ({ payments?: ({ id: string; data: Record<string, unknown> | null; captured_at: unknown; canceled_at: unknown } | null)[] | null } | null)[] | null }
    const open = (order?.payment_collections ?? []).flatMap((pc) => pc?.payments ?? []).filter((p) => p && !p.captured_at && !p.canceled_at && isCheckoutPart(p.data ?? undefined))
    const payments = container.resolve(Modules.PAYMENT)
    const previous: Previous = []
    for (const payment of open) {
      if (!payment?.data) continue
      previous.push({ id: payment.id, data: payment.data })
      const flag = input.action === "capture" ? { final_capture: last } : { release_authorisation: last }
      await writePaymentData(payments, payment.id, { ...payment.data, ...flag })
    }
    return new StepResponse(previous, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const payments = container.resolve(Modules.PAYMENT)
    for (const { id, data } of previous) await writePaymentData(payments, id, data)
  }
)
