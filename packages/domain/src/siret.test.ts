import { describe, expect, it } from "vitest"
import { isValidSiret, normalizeSiret } from "./siret"

describe("normalizeSiret", () => {
  it("drops the spaces of a typed or pasted SIRET", () => {
    expect(normalizeSiret(" 732 829 320 00074 ")).toBe("73282932000074")
    expect(normalizeSiret("732\u00a0829\u00a0320\u00a000074")).toBe("73282932000074")
  })
})

describe("isValidSiret", () => {
  it("accepts a SIRET with a valid Luhn checksum, with or without spaces", () => {
    expect(isValidSiret("73282932000074")).toBe(true)
    expect(isValidSiret("732 829 320 00074")).toBe(true)
  })

  it("refuses a typo that breaks the checksum", () => {
    expect(isValidSiret("73282932000075")).toBe(false)
    expect(isValidSiret("73282932000047")).toBe(false)
  })

  it("refuses anything but 14 digits", () => {
    expect(isValidSiret("7328293200007")).toBe(false)
    expect(isValidSiret("732829320000740")).toBe(false)
    expect(isValidSiret("7328293200007A")).toBe(false)
    expect(isValidSiret("732-829-320-00074")).toBe(false)
    expect(isValidSiret("")).toBe(false)
  })

  it("accepts a La Poste establishment whose digit sum is a multiple of 5", () => {
    expect(isValidSiret("35600000049837")).toBe(true)
  })

  it("accepts La Poste's head office, which follows Luhn", () => {
    expect(isValidSiret("35600000000048")).toBe(true)
  })

  it("refuses a La Poste SIRET that passes neither rule", () => {
    expect(isValidSiret("35600000049838")).toBe(false)
  })

  it("keeps the digit-sum rule to La Poste", () => {
    // Digit sum 55, a multiple of 5, but the Luhn checksum fails.
    expect(isValidSiret("12345678901234")).toBe(false)
  })
})
