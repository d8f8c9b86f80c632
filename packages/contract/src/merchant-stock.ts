import type { MerchantStockLevel } from "./merchant"

/** One line of the shop's stock journal: who changed what by how much, and why. */
export interface StockAdjustmentEntry {
  id: string
  batch_id: string
  inventory_item_id: string
  product_title: string
  variant_title: string
  delta: number
  reason: string
  created_at: string
}

/** Body of `POST /merchant/stock-adjustments`: several lines, one reason ("+10 livraison"). */
export interface MerchantStockAdjustmentRequest {
  reason: string
  adjustments: { inventory_item_id: string; delta: number }[]
}

/** `POST /merchant/stock-adjustments`: the journal lines written and the new stock of those items. */
export interface MerchantStockAdjustmentResponse {
  adjustments: StockAdjustmentEntry[]
  inventory_levels: MerchantStockLevel[]
}

/** `GET /merchant/stock-adjustments`: the shop's stock journal, newest first. */
export interface MerchantStockJournalResponse {
  adjustments: StockAdjustmentEntry[]
  count: number
  offset: number
  limit: number
}
