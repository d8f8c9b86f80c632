import { describe, expect, it } from "vitest"
import { ecoIndexGrade, ecoIndexScore } from "./ecoindex"

describe("ecoIndexScore", () => {
  it("gives 100 to an empty page and falls as the page grows", () => {
    expect(ecoIndexScore({ domElements: 0, requests: 0, sizeKb: 0 })).toBe(100)
    const light = ecoIndexScore({ domElements: 200, requests: 10, sizeKb: 150 })
    const heavy = ecoIndexScore({ domElements: 2000, requests: 150, sizeKb: 4000 })
    expect(light).toBeGreaterThan(heavy)
  })

  it("matches the published formula on a worked example", () => {
    // DOM 204 → quantile 3 + (204-159)/(233-159); requests 20 → 2 + 5/10; size 200 KB → 2 + 55.3/174.83
    const dom = 3 + 45 / 74
    const requests = 2.5
    const size = 2 + (200 - 144.7) / (319.53 - 144.7)
    const expected = 100 - (5 * (3 * dom + 2 * requests + size)) / 6
    expect(ecoIndexScore({ domElements: 204, requests: 20, sizeKb: 200 })).toBeCloseTo(expected, 2)
  })

  it("stays at the bottom for pages beyond the last quantile", () => {
    expect(ecoIndexScore({ domElements: 1e6, requests: 1e4, sizeKb: 1e6 })).toBe(0)
  })
})

describe("ecoIndexGrade", () => {
  it("maps scores to the published grade thresholds", () => {
    expect([90, 80.5, 80, 71, 60, 45, 30, 15, 5].map(ecoIndexGrade)).toEqual(["A", "A", "B", "B", "C", "D", "E", "F", "G"])
  })
})
