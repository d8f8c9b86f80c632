import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { MerchantStockLevel } from "@mirashop/contract"

type Query = Omit<RemoteQueryFunction, symbol>

interface LevelRow {
  inventory_item_id: string
  stocked_quantity: number
  reserved_quantity: number
  inventory_item?: {
    sku?: string | null
    variants?: ({ id: string; title: string; product?: { id: string; title: string } | null } | null)[] | null
  } | null
}

/** Stock levels at a shop's location, with the product and variant each one counts. */
export async function readStockLevels(
  query: Query,
  input: { locationId: string; itemIds?: string[]; offset: number; limit: number }
): Promise<{ levels: MerchantStockLevel[]; count: number }> {
  const filters: Record<string, unknown> = { location_id: input.locationId }
  if (input.itemIds) filters.inventory_item_id = input.itemIds
  const { data, metadata } = await query.graph({
    entity: "inventory_level",
    fields: [
      "inventory_item_id",
      "stocked_quantity",
      "reserved_quantity",
      "inventory_item.sku",
      "inventory_item.variants.id",
      "inventory_item.variants.title",
      "inventory_item.variants.product.id",
      "inventory_item.variants.product.title",
    ],
    filters,
    pagination: { skip: input.offset, take: input.limit, order: { inventory_item_id: "ASC" } },
  })
  const levels = (data as LevelRow[]).map((row) => {
    const variant = (row.inventory_item?.variants ?? []).find((v) => v !== null) ?? null
    return {
      inventory_item_id: row.inventory_item_id,
      sku: row.inventory_item?.sku ?? null,
      product_id: variant?.product?.id ?? null,
      product_title: variant?.product?.title ?? "",
      variant_id: variant?.id ?? null,
      variant_title: variant?.title ?? "",
      stocked_quantity: Number(row.stocked_quantity),
      reserved_quantity: Number(row.reserved_quantity),
      available_quantity: Number(row.stocked_quantity) - Number(row.reserved_quantity),
    }
  })
  return { levels, count: metadata?.count ?? levels.length }
}
