import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { MerchantOrder } from "@mirashop/contract"

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

function toMerchantOrder(row: OrderRow): MerchantOrder {
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
  return { orders: (data as unknown as OrderRow[]).map(toMerchantOrder), count: metadata?.count ?? data.length }
}
