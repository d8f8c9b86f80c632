import type { ProductPageVariant } from "@mirashop/contract"
import { describe, expect, it } from "vitest"
import {
  choosableOptions,
  findVariant,
  initialSelection,
  isOrderable,
  maxQuantity,
} from "./variant-selection"

function aVariant(
  id: string,
  options: Record<string, string>,
  overrides: Partial<ProductPageVariant> = {}
) {
  return {
    id,
    title: Object.values(options).join(" / "),
    options,
    price: { amount: 5, currency_code: "eur" },
    stock: { status: "in_stock", remaining: null },
    ...overrides,
  } satisfies ProductPageVariant
}

const small = aVariant(
  "v_small",
  { opt_size: "250 g", opt_kind: "Lavande" },
  {
    stock: { status: "out_of_stock", remaining: 0 },
  }
)
const large = aVariant(
  "v_large",
  { opt_size: "500 g", opt_kind: "Lavande" },
  {
    stock: { status: "low_stock", remaining: 2 },
  }
)
const other = aVariant("v_other", { opt_size: "250 g", opt_kind: "Châtaignier" })

describe("variant selection", () => {
  it("finds the variant matching every chosen value, and none for a combination not sold", () => {
    expect(findVariant([small, large, other], { opt_size: "500 g", opt_kind: "Lavande" })?.id).toBe(
      "v_large"
    )
    expect(
      findVariant([small, large, other], { opt_size: "500 g", opt_kind: "Châtaignier" })
    ).toBeUndefined()
  })

  it("starts on the first variant that can be ordered", () => {
    expect(initialSelection([small, large, other])).toEqual({
      opt_size: "500 g",
      opt_kind: "Lavande",
    })
    expect(initialSelection([small])).toEqual(small.options)
    expect(initialSelection([])).toEqual({})
  })

  it("only asks about options with a real choice", () => {
    const options = [
      { id: "opt_size", title: "Poids", values: ["250 g", "500 g"] },
      { id: "opt_format", title: "Format", values: ["Standard"] },
    ]
    expect(choosableOptions(options).map((o) => o.title)).toEqual(["Poids"])
  })

  it("refuses a sold-out or unpriced variant, and caps the quantity at what is left", () => {
    expect(isOrderable(small)).toBe(false)
    expect(isOrderable(aVariant("v", {}, { price: null }))).toBe(false)
    expect(isOrderable(large)).toBe(true)
    expect(maxQuantity(large)).toBe(2)
    expect(maxQuantity(other)).toBe(20)
  })
})
