import type { MerchantStockLevel } from "@mirashop/contract"
import { describe, expect, it } from "vitest"
import { filterLevels, stockFlag } from "./stock-level"

function level(product_title: string, available: number, extra: Partial<MerchantStockLevel> = {}): MerchantStockLevel {
  return {
    inventory_item_id: `iitem_${product_title}`,
    sku: null,
    product_id: "prod_1",
    product_title,
    variant_id: "variant_1",
    variant_title: "Unique",
    stocked_quantity: available,
    reserved_quantity: 0,
    available_quantity: available,
    ...extra,
  }
}

describe("stock levels", () => {
  it("flags sold out, low (3 or fewer) and fine lines", () => {
    expect(stockFlag({ available_quantity: 0 })).toBe("out")
    expect(stockFlag({ available_quantity: -1 })).toBe("out")
    expect(stockFlag({ available_quantity: 3 })).toBe("low")
    expect(stockFlag({ available_quantity: 4 })).toBe("ok")
  })

  it("searches product, variant and reference, sorted by product name", () => {
    const levels = [level("Tapenade", 10), level("Anchoïade", 2, { sku: "ANC-100" }), level("Huile", 0, { variant_title: "50 cl" })]
    expect(filterLevels(levels, "", false).map((l) => l.product_title)).toEqual(["Anchoïade", "Huile", "Tapenade"])
    expect(filterLevels(levels, "anc-1", false).map((l) => l.product_title)).toEqual(["Anchoïade"])
    expect(filterLevels(levels, "50 CL", false).map((l) => l.product_title)).toEqual(["Huile"])
    expect(filterLevels(levels, "", true).map((l) => l.product_title)).toEqual(["Anchoïade", "Huile"])
  })
})
