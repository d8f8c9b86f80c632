import { describe, expect, it } from "vitest"
import { emptyDraft, parsePrice, parseStock, toNewProduct, validateDraft } from "./product-draft"

describe("product draft", () => {
  it("reads prices typed with a comma or a dot, at most 2 decimals", () => {
    expect(parsePrice("2,80")).toBe(2.8)
    expect(parsePrice("14")).toBe(14)
    expect(parsePrice("7.5")).toBe(7.5)
    expect(parsePrice("2,805")).toBeNull()
    expect(parsePrice("0")).toBeNull()
    expect(parsePrice("-3")).toBeNull()
    expect(parsePrice("")).toBeNull()
  })

  it("reads whole stock counts only", () => {
    expect(parseStock("0")).toBe(0)
    expect(parseStock(" 12 ")).toBe(12)
    expect(parseStock("1.5")).toBeNull()
    expect(parseStock("-1")).toBeNull()
  })

  it("points at each wrong field, including duplicate variant names", () => {
    const draft = {
      ...emptyDraft(),
      title: "P",
      variants: [
        { title: "Pot", price: "5,90", stock: "3" },
        { title: "pot", price: "abc", stock: "x" },
      ],
    }
    expect(validateDraft(draft)).toEqual({
      title: "titleShort",
      "variants.1.title": "variantDuplicate",
      "variants.1.price": "priceInvalid",
      "variants.1.stock": "stockInvalid",
    })
  })

  it("builds the request body of a valid draft", () => {
    const draft = { ...emptyDraft(), title: " Tapenade noire ", publish: true, variants: [{ title: "Pot 100 g", price: "5,90", stock: "12" }] }
    expect(validateDraft(draft)).toEqual({})
    expect(toNewProduct(draft)).toEqual({
      title: "Tapenade noire",
      description: "",
      status: "published",
      vat_category: "standard",
      category_ids: [],
      variants: [{ title: "Pot 100 g", price: 5.9, stock: 12 }],
    })
  })
})
