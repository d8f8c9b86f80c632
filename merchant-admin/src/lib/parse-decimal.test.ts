import { describe, expect, it } from "vitest"
import { parseDecimal } from "./parse-decimal"

describe("parseDecimal", () => {
  it("reads French and English decimals", () => {
    expect(parseDecimal("43,5806", -90, 90)).toEqual({ ok: true, value: 43.5806 })
    expect(parseDecimal(" 5.0016 ", -180, 180)).toEqual({ ok: true, value: 5.0016 })
    expect(parseDecimal("-12", -90, 90)).toEqual({ ok: true, value: -12 })
  })

  it("takes an empty field as not set", () => {
    expect(parseDecimal("  ", -90, 90)).toEqual({ ok: true, value: null })
  })

  it("refuses text and values out of range", () => {
    expect(parseDecimal("43°35'", -90, 90).ok).toBe(false)
    expect(parseDecimal("91", -90, 90).ok).toBe(false)
    expect(parseDecimal("1,2,3", -90, 90).ok).toBe(false)
  })
})
