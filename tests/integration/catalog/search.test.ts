import { CATALOG_PRICE_BANDS } from "@mirashop/contract"
import { describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { catalog } from "../../support/catalog"

const titles = (page: { products: { title: string }[] }) => page.products.map((card) => card.title)

describe("GET /store/catalog search", () => {
  it("finds a product despite a typo and a singular (French stemming + trigrams)", async () => {
    const page = await catalog({ q: "bocal confiure" })
    expect(titles(page)[0]).toBe("Bocaux de confiture de figues")
    expect(page.products[0].shop.handle).toBe("saveurs-de-la-crau")
  })

  it("ignores accents and case in both directions", async () => {
    expect(titles(await catalog({ q: "ETOILE de noel" }))).toContain("Étoile de Noël")
    expect(titles(await catalog({ q: "entrecote boeuf" }))).toContain("Entrecôte de bœuf maturée")
    expect(titles(await catalog({ q: "orchidée" }))).toContain("Orchidée blanche")
  })

  it("matches French plural and singular forms of a common word", async () => {
    const singular = await catalog({ q: "bouquet", limit: 100 })
    expect(singular.count).toBeGreaterThanOrEqual(4)
    expect(titles(singular)).toEqual(expect.arrayContaining(["Bouquet champêtre", "Bouquet de mariée"]))
  })

  it("finds nothing for a word no product has, with empty facets", async () => {
    const page = await catalog({ q: "xylophone quantique" })
    expect(page).toMatchObject({ count: 0, products: [] })
    expect(page.facets.shop).toEqual([])
  })
})

describe("GET /store/catalog filters and facets", () => {
  it("lists every visible product of approved shops, as product cards", async () => {
    const page = await catalog({ limit: 5 })
    const [{ n }] = await sql<{ n: string }>(
      `select count(*) as n from product p
       join marketplace_shop_product_product l on l.product_id = p.id and l.deleted_at is null
       join shop s on s.id = l.shop_id and s.status = 'approved'
       where p.status = 'published' and p.deleted_at is null`
    )
    expect(page.count).toBe(Number(n))
    expect(page.products).toHaveLength(5)
    for (const card of page.products) {
      expect([typeof card.id, typeof card.handle, typeof card.title, typeof card.in_stock]).toEqual(["string", "string", "string", "boolean"])
      expect([card.shop.id, card.shop.handle, card.shop.name].every((value) => value.length > 0)).toBe(true)
      expect(card.price?.currency_code).toBe("eur")
    }
  })

  it("filters by shop, trade and category (handle or id), and facets count within the result", async () => {
    const byShop = await catalog({ shop: "saveurs-de-la-crau", limit: 100 })
    expect(byShop.count).toBeGreaterThan(5)
    expect(new Set(byShop.products.map((card) => card.shop.handle))).toEqual(new Set(["saveurs-de-la-crau"]))
    expect(byShop.facets.shop).toEqual([{ handle: "saveurs-de-la-crau", name: byShop.products[0].shop.name, count: byShop.count }])
    expect(byShop.facets.trade).toEqual([{ value: "epicerie_fine", count: byShop.count }])

    const byTrade = await catalog({ trade: "fleuriste" })
    expect(byTrade.facets.trade).toEqual([{ value: "fleuriste", count: byTrade.count }])

    const category = byShop.facets.category[0]
    const byHandle = await catalog({ category: category.handle })
    const byId = await catalog({ category: category.id })
    expect(byHandle.count).toBeGreaterThanOrEqual(category.count)
    expect(byId.count).toBe(byHandle.count)
    expect(byId.facets.category.find((facet) => facet.id === category.id)?.count).toBe(byId.count)
  })

  it("filters by price (inclusive bounds) and counts price bands and stock over the whole result", async () => {
    const page = await catalog({ price_min: 10, price_max: 20, limit: 100 })
    expect(page.count).toBeGreaterThan(0)
    for (const card of page.products) {
      expect(card.price!.amount).toBeGreaterThanOrEqual(10)
      expect(card.price!.amount).toBeLessThanOrEqual(20)
    }
    const all = await catalog()
    expect(all.facets.price.map((band) => band.key)).toEqual(CATALOG_PRICE_BANDS.map((band) => band.key))
    expect(all.facets.price.reduce((sum, band) => sum + band.count, 0)).toBe(all.count)
    expect(all.facets.in_stock.in_stock + all.facets.in_stock.out_of_stock).toBe(all.count)

    const inStock = await catalog({ in_stock: true, limit: 100 })
    expect(inStock.count).toBe(all.facets.in_stock.in_stock)
    expect(inStock.products.every((card) => card.in_stock)).toBe(true)
  })

  it("paginates without overlap and in a stable order", async () => {
    const first = await catalog({ limit: 10, offset: 0 })
    const second = await catalog({ limit: 10, offset: 10 })
    const both = await catalog({ limit: 20, offset: 0 })
    expect(second).toMatchObject({ offset: 10, limit: 10, count: first.count })
    expect([...first.products, ...second.products].map((card) => card.id)).toEqual(both.products.map((card) => card.id))
    expect((await catalog({ offset: first.count })).products).toEqual([])
  })
})

describe("GET /store/catalog HTTP", () => {
  it("sends an ETag and a short public Cache-Control, and answers 304 to a matching If-None-Match", async () => {
    const { backendUrl, publishableKey } = (await import("../../support/clients")).stack()
    const url = `${backendUrl}/store/catalog?q=miel&limit=6`
    const first = await fetch(url, { headers: { "x-publishable-api-key": publishableKey } })
    expect(first.status).toBe(200)
    const etag = first.headers.get("etag")
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get("cache-control")).toMatch(/max-age=30.*stale-while-revalidate/)
    const again = await fetch(url, { headers: { "x-publishable-api-key": publishableKey, "if-none-match": etag! } })
    expect(again.status).toBe(304)
  })

  it("refuses bad input with a 400 and a French message, never a 500", async () => {
    const bad = [
      "limit=0",
      "limit=1000",
      "offset=-1",
      "offset=abc",
      "trade=marchand-de-sable",
      "in_stock=peut-etre",
      "price_min=-5",
      "price_min=abc",
      "price_min=30&price_max=10",
      `q=${"a".repeat(101)}`,
      "category=",
    ]
    for (const query of bad) {
      const { status, body } = await rawFetch(`/store/catalog?${query}`)
      expect(status, query).toBe(400)
      expect(typeof body.message, query).toBe("string")
    }
    const { body } = await rawFetch("/store/catalog?price_min=30&price_max=10")
    expect(body.message).toContain("prix minimum")
  })

  it("survives odd but valid text: quotes, operators, emoji, only stop words", async () => {
    for (const q of ["l'huile", "miel & lavande | !(", "café ☕", "de la", "':*", "%_\\"]) {
      const { status } = await rawFetch(`/store/catalog?q=${encodeURIComponent(q)}`)
      expect(status, q).toBe(200)
    }
  })

  it("needs the storefront's publishable key", async () => {
    expect((await rawFetch("/store/catalog", { publishable: false })).status).toBe(400)
  })
})
