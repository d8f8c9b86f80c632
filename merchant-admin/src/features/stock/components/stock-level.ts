import type { MerchantStockLevel } from "@mirashop/contract"

/** At or below this many available units, a line is highlighted as low. */
export const LOW_STOCK_THRESHOLD = 3

/** How a stock line is flagged: sold out, low, or fine. */
export type StockFlag = "out" | "low" | "ok"

export function stockFlag(level: Pick<MerchantStockLevel, "available_quantity">): StockFlag {
  if (level.available_quantity <= 0) return "out"
  return level.available_quantity <= LOW_STOCK_THRESHOLD ? "low" : "ok"
}

/** Lines matching a search on product, variant or SKU; optionally only those needing attention. */
export function filterLevels(levels: MerchantStockLevel[], search: string, onlyLow: boolean): MerchantStockLevel[] {
  const needle = search.trim().toLocaleLowerCase("fr")
  return levels
    .filter((level) => !onlyLow || stockFlag(level) !== "ok")
    .filter(
      (level) =>
        !needle ||
        [level.product_title, level.variant_title, level.sku ?? ""].some((text) => text.toLocaleLowerCase("fr").includes(needle))
    )
    .sort((a, b) => a.product_title.localeCompare(b.product_title, "fr") || a.variant_title.localeCompare(b.variant_title, "fr"))
}
