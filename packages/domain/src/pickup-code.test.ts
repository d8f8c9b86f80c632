import { randomBytes } from "node:crypto"
import { describe, expect, it } from "vitest"
import {
  generatePickupCode,
  normalizePickupCode,
  PICKUP_CODE_ALPHABET,
  pickupCodesMatch,
} from "./pickup-code"

/** A byte source that replays `bytes`, then zeros. */
const replaying = (bytes: number[]) => {
  const queue = [...bytes]
  return (n: number) => Uint8Array.from({ length: n }, () => queue.shift() ?? 0)
}

describe("generatePickupCode", () => {
  it("leaves out the characters people confuse", () => {
    expect(PICKUP_CODE_ALPHABET).toHaveLength(31)
    expect(PICKUP_CODE_ALPHABET).not.toMatch(/[01OIL]/)
  })

  it("maps each byte to one character of the alphabet", () => {
    expect(generatePickupCode(replaying([0, 1, 30, 31, 32, 247]))).toBe("23Z23Z")
  })

  it("draws again instead of favouring the first characters", () => {
    // 248 to 255 would make "2" to "9" slightly more likely than the rest.
    expect(generatePickupCode(replaying([248, 255, 3, 4, 5, 6, 7, 8]))).toBe("56789A")
  })

  it("fails loudly when the byte source never yields a usable byte", () => {
    expect(() => generatePickupCode((n) => new Uint8Array(n).fill(255))).toThrow()
  })

  it("gives 6 characters of the alphabet from real random bytes", () => {
    const codes = Array.from({ length: 500 }, () => generatePickupCode((n) => randomBytes(n)))
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
    expect(new Set(codes).size).toBeGreaterThan(490)
  })
})

describe("normalizePickupCode", () => {
  it("trims, uppercases and drops spaces and dashes", () => {
    expect(normalizePickupCode("  ab3-k7 q ")).toBe("AB3K7Q")
    expect(normalizePickupCode("AB3 K7Q")).toBe("AB3K7Q")
  })
})

describe("pickupCodesMatch", () => {
  it("matches a code however it was typed", () => {
    expect(pickupCodesMatch("AB3K7Q", "ab3-k7q")).toBe(true)
    expect(pickupCodesMatch(" ab3 k7q", "AB3K7Q")).toBe(true)
  })

  it("refuses a different code", () => {
    expect(pickupCodesMatch("AB3K7Q", "AB3K7R")).toBe(false)
    expect(pickupCodesMatch("AB3K7Q", "BB3K7Q")).toBe(false)
  })

  it("refuses a prefix or a longer code", () => {
    expect(pickupCodesMatch("AB3K7Q", "AB3K7")).toBe(false)
    expect(pickupCodesMatch("AB3K7Q", "AB3K7QX")).toBe(false)
  })

  it("never matches an empty code", () => {
    expect(pickupCodesMatch("", "")).toBe(false)
    expect(pickupCodesMatch(" - ", "")).toBe(false)
  })
})
