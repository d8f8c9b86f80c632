import { describe, expect, it } from "vitest"
import { catalogQueryOf, searchStateFromUrl, urlFromSearchState } from "./search-params"

describe("search state in the URL", () => {
  it("round-trips every facet with French parameter names", () => {
    const url =
      "?q=bocal+confiure&metier=epicerie_fine&boutique=epicerie-fine&categorie=confitures&prix=10-20&en_stock=oui&page=3"
    const state = searchStateFromUrl(new URLSearchParams(url))
    expect(state).toEqual({
      q: "bocal confiure",
      trade: "epicerie_fine",
      shop: "epicerie-fine",
      category: "confitures",
      price: "10-20",
      in_stock: true,
      page: 3,
    })
    expect(urlFromSearchState(state)).toBe(url)
  })

  it("ignores unknown trades, price bands and bad page numbers instead of sending them on", () => {
    const state = searchStateFromUrl(new URLSearchParams("?metier=garage&prix=cher&page=-2"))
    expect(state).toEqual({ page: 1 })
    expect(urlFromSearchState(state)).toBe("")
  })

  it("turns a price band into inclusive euro bounds and a page into an offset", () => {
    expect(catalogQueryOf({ price: "10-20", page: 2 })).toEqual({
      limit: 12,
      offset: 12,
      price_min: 10,
      price_max: 19.99,
    })
    expect(catalogQueryOf({ price: "50-et-plus", in_stock: true, page: 1 })).toEqual({
      limit: 12,
      offset: 0,
      price_min: 50,
      in_stock: true,
    })
  })
})
