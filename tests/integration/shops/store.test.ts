import type { StoreShopDetailResponse, StoreShopListResponse } from "@mirashop/contract"
import { describe, expect, it } from "vitest"
import { rawFetch, sql, storeClient } from "../../support/clients"

describe("GET /store/shops", () => {
  it("lists the seeded Miramas shops, all approved, with their open state", async () => {
    const { shops, count } = await storeClient().client.fetch<StoreShopListResponse>("/store/shops", {
      query: { limit: 100 },
    })
    const [{ n }] = await sql<{ n: string }>("select count(*) as n from shop where status = 'approved' and deleted_at is null")
    expect(count).toBeGreaterThanOrEqual(12)
    expect(count).toBe(Number(n))
    expect(shops.map((shop) => shop.trade)).toEqual(
      expect.arrayContaining(["boulangerie", "fleuriste", "librairie", "caviste", "torrefacteur"])
    )
    for (const shop of shops) {
      expect(shop.address.city).toBe("Miramas")
      expect(typeof shop.is_open_now).toBe("boolean")
      expect(shop.opening_hours.mon).toBeDefined()
    }
  })

  it("filters by trade and by text", async () => {
    const client = storeClient()
    const bakeries = await client.client.fetch<StoreShopListResponse>("/store/shops", {
      query: { trade: "boulangerie" },
    })
    expect(bakeries.shops.length).toBeGreaterThan(0)
    expect(bakeries.shops.every((shop) => shop.trade === "boulangerie")).toBe(true)

    const name = bakeries.shops[0].name.split(" ").slice(-1)[0]
    const byText = await client.client.fetch<StoreShopListResponse>("/store/shops", { query: { q: name } })
    expect(byText.shops.map((shop) => shop.id)).toContain(bakeries.shops[0].id)
  })

  it("paginates with count, offset and limit", async () => {
    const page = await storeClient().client.fetch<StoreShopListResponse>("/store/shops", {
      query: { limit: 5, offset: 5 },
    })
    expect(page.shops).toHaveLength(5)
    expect(page).toMatchObject({ offset: 5, limit: 5 })
  })

  it("refuses an unknown trade or a negative limit with a 400 and a message", async () => {
    for (const query of ["trade=patisserie-volante", "limit=-3", "offset=abc"]) {
      const { status, body } = await rawFetch(`/store/shops?${query}`)
      expect(status).toBe(400)
      expect(typeof body.message).toBe("string")
    }
  })
})

describe("GET /store/shops/:handle", () => {
  it("returns the shop and its published products with price and stock at the shop", async () => {
    const [row] = await sql<{ id: string; handle: string; n: string }>(
      `select s.id, s.handle, count(l.product_id) as n from shop s
       join marketplace_shop_product_product l on l.shop_id = s.id and l.deleted_at is null
       group by s.id, s.handle order by s.handle limit 1`
    )
    const detail = await storeClient().client.fetch<StoreShopDetailResponse>(
      `/store/shops/${row.handle}`,
      { query: { limit: 100 } }
    )
    expect(detail.shop.id).toBe(row.id)
    expect(detail.count).toBe(Number(row.n))
    expect(detail.products.length).toBe(Number(row.n))
    for (const product of detail.products) {
      expect(product.shop).toEqual({ id: row.id, handle: row.handle, name: detail.shop.name })
      expect(product.price?.amount).toBeGreaterThan(0)
      expect(product.price?.currency_code).toBe("eur")
    }
    expect(detail.products.some((product) => product.in_stock)).toBe(true)
  })

  it("answers 404 for an unknown shop", async () => {
    const { status, body } = await rawFetch("/store/shops/boutique-qui-n-existe-pas")
    expect(status).toBe(404)
    expect(body.message).toMatch(/boutique/)
  })
})

describe("Miramas demo data", () => {
  it("holds at least 12 shops and 300 products, each product with stock at its shop's location", async () => {
    const [{ shops, products }] = await sql<{ shops: string; products: string }>(
      `select (select count(*) from shop) as shops,
              (select count(*) from marketplace_shop_product_product where deleted_at is null) as products`
    )
    expect(Number(shops)).toBeGreaterThanOrEqual(12)
    expect(Number(products)).toBeGreaterThanOrEqual(300)

    const misplaced = await sql(
      `select il.id from inventory_level il
       join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id
       join product_variant pv on pv.id = pvi.variant_id
       join marketplace_shop_product_product sp on sp.product_id = pv.product_id
       join marketplace_shop_stock_location_stock_location sl on sl.shop_id = sp.shop_id
       where il.location_id <> sl.stock_location_id and il.deleted_at is null`
    )
    expect(misplaced).toEqual([])
  })
})
