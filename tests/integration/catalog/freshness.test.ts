import type { MerchantProductResponse, StoreCatalogResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch } from "../../support/clients"
import { catalog, showsWithin } from "../../support/catalog"
import { bearer, cityToken, openShop } from "../../support/merchants"

const FRESHNESS_MS = 2000

describe("GET /store/catalog reflects changes within 2 s", () => {
  let merchant: Awaited<ReturnType<typeof openShop>>
  let admin: string
  let product: MerchantProductResponse["product"]

  const cardOf = async (): Promise<StoreCatalogResponse["products"][number] | undefined> =>
    (await catalog({ shop: merchant.handle })).products.find((card) => card.id === product.id)

  beforeAll(async () => {
    merchant = await openShop("Nougaterie du Canal")
    admin = await cityToken()
    const approved = await rawFetch(`/admin/shops/${merchant.shopId}/approve`, { method: "POST", headers: bearer(admin) })
    expect(approved.status).toBe(200)
    const created = await rawFetch("/merchant/products", {
      method: "POST",
      headers: bearer(merchant.token),
      body: JSON.stringify({
        title: "Nougat blanc aux amandes de Provence",
        description: "Nougat tendre au miel de lavande.",
        status: "published",
        vat_category: "reduced",
        variants: [
          { title: "100 g", price: 6.5, stock: 4 },
          { title: "250 g", price: 14, stock: 2 },
        ],
      }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    product = (created.body as unknown as MerchantProductResponse).product
  })

  it("shows a newly published product of an approved shop, with its cheapest price and stock", async () => {
    await showsWithin(FRESHNESS_MS, async () => {
      expect(await cardOf()).toMatchObject({
        handle: product.handle,
        title: "Nougat blanc aux amandes de Provence",
        shop: { id: merchant.shopId, handle: merchant.handle },
        price: { amount: 6.5, currency_code: "eur" },
        in_stock: true,
      })
    })
  })

  it("shows a new price", async () => {
    const variant = product.variants.find((v) => v.title === "100 g")!
    const changed = await rawFetch(`/merchant/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      headers: bearer(merchant.token),
      body: JSON.stringify({ price: 5.2 }),
    })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    await showsWithin(FRESHNESS_MS, async () => {
      expect((await cardOf())?.price).toEqual({ amount: 5.2, currency_code: "eur" })
    })
  })

  it("shows a product out of stock once every variant's shelf is empty, and back in stock after", async () => {
    const setStock = async (quantity: number) => {
      for (const variant of product.variants) {
        const response = await rawFetch(`/merchant/inventory/${variant.inventory_item_id}`, {
          method: "POST",
          headers: bearer(merchant.token),
          body: JSON.stringify({ stocked_quantity: quantity }),
        })
        expect(response.status, JSON.stringify(response.body)).toBe(200)
      }
    }
    await setStock(0)
    await showsWithin(FRESHNESS_MS, async () => {
      expect((await cardOf())?.in_stock).toBe(false)
    })
    expect((await catalog({ shop: merchant.handle, in_stock: true })).products.map((card) => card.id)).not.toContain(product.id)
    await setStock(3)
    await showsWithin(FRESHNESS_MS, async () => {
      expect((await cardOf())?.in_stock).toBe(true)
    })
  })

  it("hides an unpublished product and shows it again when republished", async () => {
    const setStatus = async (status: "draft" | "published") => {
      const response = await rawFetch(`/merchant/products/${product.id}`, {
        method: "POST",
        headers: bearer(merchant.token),
        body: JSON.stringify({ status }),
      })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
    await setStatus("draft")
    await showsWithin(FRESHNESS_MS, async () => {
      expect(await cardOf()).toBeUndefined()
    })
    await setStatus("published")
    await showsWithin(FRESHNESS_MS, async () => {
      expect(await cardOf()).toBeDefined()
    })
  })

  it("hides every product of a suspended shop", async () => {
    const suspended = await rawFetch(`/admin/shops/${merchant.shopId}/suspend`, {
      method: "POST",
      headers: bearer(admin),
      body: JSON.stringify({ reason: "Contrôle d'hygiène en cours" }),
    })
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200)
    await showsWithin(FRESHNESS_MS, async () => {
      const page = await catalog({ q: "nougat amandes" })
      expect(page.products.map((card) => card.id)).not.toContain(product.id)
      expect(page.facets.shop.map((facet) => facet.handle)).not.toContain(merchant.handle)
    })
  })
})
