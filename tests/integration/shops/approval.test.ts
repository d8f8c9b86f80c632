import type { MerchantProductResponse, StoreShopDetailResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { bearer, cityToken, login, openShop, outbox } from "../../support/merchants"

async function storeProductCount(handle: string): Promise<number> {
  const { body } = await rawFetch(`/store/products?handle=${handle}`)
  return Number(body.count)
}

describe("city approval: register → pending → approve → visible → suspend → hidden", () => {
  let merchant: Awaited<ReturnType<typeof openShop>>
  let admin: string
  let product: MerchantProductResponse["product"]

  beforeAll(async () => {
    merchant = await openShop("Savonnerie des Molières")
    admin = await cityToken()
  })

  it("keeps a pending shop and its products away from shoppers", async () => {
    const created = await rawFetch("/merchant/products", {
      method: "POST",
      headers: bearer(merchant.token),
      body: JSON.stringify({
        title: "Savon à l'huile d'olive de Provence",
        description: "Savon saponifié à froid, huile d'olive des Alpilles.",
        status: "published",
        vat_category: "standard",
        variants: [{ title: "100 g", price: 5.9, stock: 12 }],
      }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    product = (created.body as unknown as MerchantProductResponse).product
    expect(product.variants[0]).toMatchObject({ price: 5.9, stocked_quantity: 12 })

    expect((await rawFetch(`/store/shops/${merchant.handle}`)).status).toBe(404)
    expect(await storeProductCount(product.handle)).toBe(0)
  })

  it("lists the pending shop for the city, and only for the city", async () => {
    const { status, body } = await rawFetch("/admin/shops?status=pending", { headers: bearer(admin) })
    expect(status).toBe(200)
    expect((body.shops as { id: string }[]).map((shop) => shop.id)).toContain(merchant.shopId)

    expect((await rawFetch("/admin/shops", { headers: bearer(merchant.token) })).status).toBe(401)
    const shopper = await login("customer", "camille@mirashop.local", "Miramas2026!")
    expect((await rawFetch("/admin/shops", { headers: bearer(shopper) })).status).toBe(401)
    expect((await rawFetch(`/admin/shops/${merchant.shopId}/approve`, { method: "POST", headers: bearer(merchant.token) })).status).toBe(401)
  })

  it("approves: the shop goes live, its product shows in the store, the owner is e-mailed", async () => {
    const { status, body } = await rawFetch(`/admin/shops/${merchant.shopId}/approve`, {
      method: "POST",
      headers: bearer(admin),
    })
    expect(status).toBe(200)
    expect((body.shop as { status: string }).status).toBe("approved")

    // The shop is live at once; its product cards come from the catalogue, up to date within 2 s.
    expect((await rawFetch(`/store/shops/${merchant.handle}`)).status).toBe(200)
    await expect
      .poll(async () => {
        const detail = await rawFetch(`/store/shops/${merchant.handle}`)
        return (detail.body as unknown as StoreShopDetailResponse).products.map((p) => p.id)
      }, { timeout: 2000 })
      .toEqual([product.id])
    expect(await storeProductCount(product.handle)).toBe(1)

    await expect
      .poll(() => outbox().filter((mail) => mail.to === merchant.email && mail.template === "shop-approved").length)
      .toBe(1)
  })

  it("refuses to approve twice", async () => {
    const { status, body } = await rawFetch(`/admin/shops/${merchant.shopId}/approve`, {
      method: "POST",
      headers: bearer(admin),
    })
    expect(status).toBe(400)
    expect(String(body.message)).toMatch(/déjà validée/)
  })

  it("requires a reason to suspend", async () => {
    const { status } = await rawFetch(`/admin/shops/${merchant.shopId}/suspend`, {
      method: "POST",
      headers: bearer(admin),
      body: JSON.stringify({ reason: "" }),
    })
    expect(status).toBe(400)
    const [shop] = await sql<{ status: string }>("select status from shop where id = $1", [merchant.shopId])
    expect(shop.status).toBe("approved")
  })

  it("suspends: products disappear at once, nothing is deleted, the owner learns why", async () => {
    const reason = "Justificatif d'assurance manquant"
    const { status } = await rawFetch(`/admin/shops/${merchant.shopId}/suspend`, {
      method: "POST",
      headers: bearer(admin),
      body: JSON.stringify({ reason }),
    })
    expect(status).toBe(200)
    expect((await rawFetch(`/store/shops/${merchant.handle}`)).status).toBe(404)
    expect(await storeProductCount(product.handle)).toBe(0)

    const [row] = await sql<{ deleted_at: Date | null; status: string }>(
      "select deleted_at, status from product where id = $1",
      [product.id]
    )
    expect(row).toEqual({ deleted_at: null, status: "published" })

    await expect
      .poll(() => outbox().find((mail) => mail.to === merchant.email && mail.template === "shop-suspended")?.text ?? "")
      .toContain(reason)
  })
})
