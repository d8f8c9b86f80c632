import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { VatCategory } from "@mirashop/contract"

type Query = Omit<RemoteQueryFunction, symbol>

/** The marketplace's sales channels (products of approved shops are in all of them). */
export async function marketplaceChannelIds(query: Query): Promise<string[]> {
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { is_disabled: false } })
  return data.map((channel) => channel.id)
}

/** Product type ids by VAT category (the seed creates one type per French VAT rate). */
export async function vatTypeIds(query: Query): Promise<Partial<Record<VatCategory, string>>> {
  const { data } = await query.graph({ entity: "product_type", fields: ["id", "metadata"] })
  const ids: Partial<Record<VatCategory, string>> = {}
  for (const type of data) {
    const category = type.metadata?.vat_category as VatCategory | undefined
    if (category) ids[category] = type.id
  }
  return ids
}

/** The shipping profile every product uses (pickup in store). */
export async function defaultShippingProfileId(query: Query): Promise<string | undefined> {
  const { data } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
    pagination: { order: { created_at: "ASC" }, take: 1 },
  })
  return data[0]?.id
}
