import { describe, expect, it } from "vitest"
import { carriesNulByte } from "./nul-bytes"

describe("carriesNulByte", () => {
  it("finds an encoded NUL in the path or the query, in either case", () => {
    expect(carriesNulByte("/store/shops/%00/products/x", undefined)).toBe(true)
    expect(carriesNulByte("/admin/shops?q=a%00b", undefined)).toBe(true)
    expect(carriesNulByte("/admin/shops?q=%2500", undefined)).toBe(false)
  })

  it("finds a NUL in any string of a JSON body, keys included", () => {
    expect(carriesNulByte("/merchant/shop", { description: "a\u0000b" })).toBe(true)
    expect(carriesNulByte("/merchant/shop", { items: [{ note: ["ok", "\u0000"] }] })).toBe(true)
    expect(carriesNulByte("/merchant/shop", { ["k\u0000"]: 1 })).toBe(true)
  })

  it("lets ordinary requests through", () => {
    expect(carriesNulByte("/store/catalog?q=confiture%20d%27abricot", { quantity: 2, note: "Sans sucre — merci !" })).toBe(false)
    expect(carriesNulByte("/store/catalog", null)).toBe(false)
  })
})
