import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** What the lifecycle needs of a Medusa order: its lines, fulfillments and payments. */
export interface PickupOrderDetails {
  id: string
  items: { id: string; quantity: number }[]
  open_fulfillment_ids: string[]
  authorized_payment_ids: string[]
}

/** Reads the order behind a shop's pickup. */
export const readPickupOrderStep = createStep("read-pickup-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "fulfillments.id",
      "fulfillments.canceled_at",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: input.order_id },
  })
  // A line's quantity lives in its order item detail: ask for it there.
  const { data: lines } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.detail.quantity"], filters: { id: input.order_id } })
  const items = (lines[0] as { items?: ({ id: string; detail?: { quantity: unknown } | null } | null)[] | null } | undefined)?.items ?? []
  const order = data[0] as {
    id: string
    fulfillments?: ({ id: string; canceled_at: unknown } | null)[] | null
    payment_collections?: ({ payments?: ({ id: string; captured_at: unknown; canceled_at: unknown } | null)[] | null } | null)[] | null
  }
  const details: PickupOrderDetails = {
    id: order.id,
    items: items.flatMap((item) => (item?.detail ? [{ id: item.id, quantity: Number(item.detail.quantity) }] : [])),
    open_fulfillment_ids: (order.fulfillments ?? []).flatMap((f) => (f && !f.canceled_at ? [f.id] : [])),
    authorized_payment_ids: (order.payment_collections ?? []).flatMap((pc) =>
      (pc?.payments ?? []).flatMap((p) => (p && !p.captured_at && !p.canceled_at ? [p.id] : []))
    ),
  }
  return new StepResponse(details)
})
