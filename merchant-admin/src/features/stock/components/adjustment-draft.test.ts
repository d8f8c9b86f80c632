import { describe, expect, it } from "vitest"
import { draftLines, parseDelta } from "./adjustment-draft"

describe("parseDelta", () => {
  it("reads signed whole numbers as merchants type them", () => {
    expect(parseDelta("+10")).toBe(10)
    expect(parseDelta(" -2 ")).toBe(-2)
    expect(parseDelta("3")).toBe(3)
  })

  it("refuses decimals, words and empty text", () => {
    expect(parseDelta("1,5")).toBeNull()
    expect(parseDelta("dix")).toBeNull()
    expect(parseDelta("")).toBeNull()
  })
})

describe("draftLines", () => {
  it("keeps typed non-zero lines, skips blanks and zeros, and lists what is not a number", () => {
    expect(draftLines({ a: "+10", b: "", c: "0", d: "deux", e: "-2" })).toEqual({
      lines: [
        { inventory_item_id: "a", delta: 10 },
        { inventory_item_id: "e", delta: -2 },
      ],
      invalid: ["d"],
    })
  })
})
