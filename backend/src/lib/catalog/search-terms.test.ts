import { describe, expect, it } from "vitest"
import { normalizeText, searchTerms } from "./search-terms"

describe("normalizeText", () => {
  it("removes accents, case and punctuation", () => {
    expect(normalizeText("Pâté en croûte, façon « Crau » !")).toBe("pate en croute facon crau")
  })

  it("spells ligatures out", () => {
    expect(normalizeText("Œufs de Pâques")).toBe("oeufs de paques")
  })
})

describe("searchTerms", () => {
  it("keeps the meaningful words once", () => {
    expect(searchTerms("Bocal de confiture, confiture")).toEqual(["bocal", "confiture"])
  })

  it("returns nothing for an empty or stop-word-only query", () => {
    expect(searchTerms(undefined)).toEqual([])
    expect(searchTerms("  de la  ")).toEqual([])
  })
})
