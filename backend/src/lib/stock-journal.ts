import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { StockAdjustmentEntry } from "@mirashop/contract"
import { readStockLevels } from "./merchant-inventory"

type Query = Omit<RemoteQueryFunction, symbol>

interface JournalRow {
  id: string
  batch_id: string
  inventory_item_id: string
  delta: number
  reason: string
  created_at: string | Date
}

/** Journal rows with the product and variant names the merchant knows them by. */
export async function toJournalEntries(query: Query, locationId: string, rows: JournalRow[]): Promise<StockAdjustmentEntry[]> {
  const itemIds = [...new Set(rows.map((row) => row.inventory_item_id))]
  const { levels } = itemIds.length
    ? await readStockLevels(query, { locationId, itemIds, offset: 0, limit: itemIds.length })
    : { levels: [] }
  const names = new Map(levels.map((level) => [level.inventory_item_id, level]))
  return rows.map((row) => ({
    id: row.id,
    batch_id: row.batch_id,
    inventory_item_id: row.inventory_item_id,
    product_title: names.get(row.inventory_item_id)?.product_title ?? "",
    variant_title: names.get(row.inventory_item_id)?.variant_title ?? "",
    delta: Number(row.delta),
    reason: row.reason,
    created_at: new Date(row.created_at).toISOString(),
  }))
}
