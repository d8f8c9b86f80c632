import { describe, expect, it } from "vitest"
import { splitProportionally } from "./money"

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

describe("splitProportionally", () => {
  it("splits exactly when the weights allow it", () => {
    expect(splitProportionally(1000, [3000, 7000])).toEqual([300, 700])
  })

  it("gives leftover cents to the largest remainders", () => {
    // Exact shares 333.33…, 666.66…: the second rounds up.
    expect(splitProportionally(1000, [1, 2])).toEqual([333, 667])
  })

  it("breaks ties in favour of the earlier weight", () => {
    expect(splitProportionally(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(splitProportionally(2, [1, 1, 1])).toEqual([1, 1, 0])
  })

  it("gives nothing to a zero weight", () => {
    expect(splitProportionally(500, [0, 2500, 0, 2500])).toEqual([0, 250, 0, 250])
  })

  it("splits zero into zeros", () => {
    expect(splitProportionally(0, [4, 5])).toEqual([0, 0])
  })

  it("keeps a single weight's total", () => {
    expect(splitProportionally(1234, [0.5])).toEqual([1234])
  })

  it("refuses amounts and weights it cannot split", () => {
    expect(() => splitProportionally(10.5, [1])).toThrow(RangeError)
    expect(() => splitProportionally(-100, [1])).toThrow(RangeError)
    expect(() => splitProportionally(100, [])).toThrow(RangeError)
    expect(() => splitProportionally(100, [0, 0])).toThrow(RangeError)
    expect(() => splitProportionally(100, [1, -1, 1])).toThrow(RangeError)
    expect(() => splitProportionally(100, [1, Number.NaN])).toThrow(RangeError)
    expect(() => splitProportionally(100, [1, Number.POSITIVE_INFINITY])).toThrow(RangeError)
  })

  it("always sums to the total with whole, non-negative parts close to their exact share", () => {
    const random = seededRandom(2026)
    for (let run = 0; run < 2000; run++) {
      const totalCents = Math.floor(random() * 1_000_000)
      // Even runs use cents subtotals, odd runs arbitrary fractions; about one weight in five is zero.
      const weight = () =>
        run % 2 === 0 ? Math.floor(random() * 50_000) + 1 : random() * 100 + Number.EPSILON
      const weights = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, index) =>
        index > 0 && random() < 0.2 ? 0 : weight()
      )
      const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
      const parts = splitProportionally(totalCents, weights)

      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(totalCents)
      parts.forEach((part, index) => {
        expect(Number.isInteger(part)).toBe(true)
        expect(part).toBeGreaterThanOrEqual(0)
        expect(Math.abs(part - (totalCents * weights[index]) / weightSum)).toBeLessThan(1)
        if (weights[index] === 0) expect(part).toBe(0)
      })
    }
  })
})
