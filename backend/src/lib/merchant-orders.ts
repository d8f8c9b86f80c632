import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { MerchantOrder, PaymentMode, PickupStatus } from "@mirashop/contract"
import { pickupSlotLabel } from "./pickup-slot-label"

type Query = Omit<RemoteQueryFunction, symbol>

interface OrderRow {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  currency_code: string
  total: number | { numeric?: number }
  email: string | null
  shipping_address?: { first_name?: string | null; last_name?: string | null; phone?: string | null } | null
  billing_address?: { first_name?: string | null; last_name?: string | null; phone?: string | null } | null
  items?: ({ id: string; title: string; variant_title: string | null; quantity: number; unit_price: number } | null)[] | null
}

/** Ids of every order a shop prepares (through the shop ↔ order link). */
export async function shopOrderIds(query: Query, shopId: string): Promise<string[]> {
  const { data } = await query.graph({ entity: "shop", fields: ["orders.id"], filters: { id: shopId } })
  return ((data[0]?.orders ?? []) as ({ id: string } | null)[]).flatMap((order) => (order ? [order.id] : []))
}

/** The subset of `ids` whose click-and-collect pickup is in one of `statuses`. */
export async function ordersInPickupStatus(query: Query, ids: string[], statuses: PickupStatus[]): Promise<string[]> {
  if (ids.length === 0) return []
  const { data } = await query.graph({ entity: "order_pickup", fields: ["order_id"], filters: { order_id: ids, status: statuses } })
  return (data as { order_id: string }[]).map((row) => row.order_id)
}

interface PickupRow {
  order_id: string
  status: PickupStatus
  slot_start: string | Date
  slot_end: string | Date
  payment_mode: PaymentMode
  cancel_reason: string | null
}

function toPickup(row: PickupRow | undefined): MerchantOrder["pickup"] {
  if (!row) return null
  const start = new Date(row.slot_start)
  const end = new Date(row.slot_end)
  return {
    status: row.status,
    slot: { start: start.toISOString(), end: end.toISOString(), label: pickupSlotLabel(start, end) },
    payment_mode: row.payment_mode,
    cancel_reason: row.cancel_reason,
  }
}

function toMerchantOrder(row: OrderRow, pickup: PickupRow | undefined): MerchantOrder {
  const contact = row.shipping_address ?? row.billing_address ?? {}
  return {
    id: row.id,
    display_id: row.display_id,
    status: row.status,
    created_at: new Date(row.created_at).toISOString(),
    currency_code: row.currency_code,
    total: Number(typeof row.total === "object" ? row.total.numeric : row.total),
    customer: {
      first_name: contact.first_name ?? "",
      last_name: contact.last_name ?? "",
      email: row.email ?? "",
      phone: contact.phone ?? "",
    },
    items: (row.items ?? []).flatMap((item) =>
      item
        ? [{ id: item.id, title: item.title, variant_title: item.variant_title, quantity: Number(item.quantity), unit_price: Number(item.unit_price) }]
        : []
    ),
    pickup: toPickup(pickup),
  }
}

/** Reads a page of a shop's orders, newest first. */
export async function readMerchantOrders(
  query: Query,
  input: { ids: string[]; offset: number; limit: number }
): Promise<{ orders: MerchantOrder[]; count: number }> {
  if (input.ids.length === 0) return { orders: [], count: 0 }
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "created_at",
      "currency_code",
      "total",
      "email",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.phone",
      "billing_address.first_name",
      "billing_address.last_name",
      "billing_address.phone",
      "items.id",
      "items.title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
    ],
    filters: { id: input.ids },
    pagination: { skip: input.offset, take: input.limit, order: { created_at: "DESC" } },
  })
  const rows = data as unknown as OrderRow[]
  const { data: pickups } = await query.graph({
    entity: "order_pickup",
    fields: ["order_id", "status", "slot_start", "slot_end", "payment_mode", "cancel_reason"],
    filters: { order_id: rows.map((row) => row.id) },
  })
  const pickupOf = new Map((pickups as PickupRow[]).map((p) => [p.order_id, p]))
  return { orders: rows.map((row) => toMerchantOrder(row, pickupOf.get(row.id))), count: metadata?.count ?? data.length }
}
