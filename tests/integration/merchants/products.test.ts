import type { MerchantProductListResponse, MerchantProductResponse, MerchantStockListResponse } from "@mirashop/contract"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql, stack } from "../../support/clients"
import { bearer, login } from "../../support/merchants"

const PASSWORD = "Miramas2026!"

async function upload(token: string, productId: string, file: Blob, name: string) {
  const form = new FormData()
  form.append("files", file, name)
  const response = await fetch(`${stack().backendUrl}/merchant/products/${productId}/images`, {
    method: "POST",
    headers: bearer(token),
    body: form,
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe("merchant catalogue: /merchant/products and /merchant/inventory", () => {
  let token: string
  let product: MerchantProductResponse["product"]

  beforeAll(async () => {
    token = await login("merchant", "boulangerie@mirashop.local", PASSWORD)
  })

  it("creates a published product with two variants, prices and stock at the shop's location", async () => {
    const { status, body } = await rawFetch("/merchant/products", {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({
        title: "Fougasse aux olives de Nyons",
        description: "Pâte à pain à l'huile d'olive, olives noires de Nyons, cuite au feu de bois chaque matin.",
        status: "published",
        vat_category: "reduced",
        option_title: "Taille",
        variants: [
          { title: "Individuelle", price: 2.8, stock: 20 },
          { title: "Familiale", price: 7.5, stock: 6 },
        ],
      }),
    })
    expect(status, JSON.stringify(body)).toBe(201)
    product = (body as unknown as MerchantProductResponse).product
    expect(product.vat_category).toBe("reduced")
    expect(product.variants.map((v) => [v.title, v.price, v.stocked_quantity])).toEqual([
      ["Individuelle", 2.8, 20],
      ["Familiale", 7.5, 6],
    ])

    const levels = await sql<{ location_id: string; shop_location: string }>(
      `select il.location_id, sl.stock_location_id as shop_location from inventory_level il
       join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id
       join product_variant pv on pv.id = pvi.variant_id
       join marketplace_shop_product_product sp on sp.product_id = pv.product_id
       join marketplace_shop_stock_location_stock_location sl on sl.shop_id = sp.shop_id
       where pv.product_id = $1`,
      [product.id]
    )
    expect(levels).toHaveLength(2)
    expect(levels.every((level) => level.location_id === level.shop_location)).toBe(true)
  })

  it("shows it in the shop's public page right away (the shop is approved)", async () => {
    const [{ handle }] = await sql<{ handle: string }>(
      "select s.handle from shop s join merchant_user mu on mu.shop_id = s.id where mu.email = $1",
      ["boulangerie@mirashop.local"]
    )
    const { body } = await rawFetch(`/store/shops/${handle}?limit=100`)
    const card = (body.products as { id: string; price: { amount: number } }[]).find((p) => p.id === product.id)
    expect(card?.price.amount).toBe(2.8)
  })

  it("lists, searches, edits and unpublishes", async () => {
    const found = await rawFetch("/merchant/products?q=fougasse", { headers: bearer(token) })
    expect((found.body as unknown as MerchantProductListResponse).products.map((p) => p.id)).toContain(product.id)

    const edited = await rawFetch(`/merchant/products/${product.id}`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ status: "draft", title: "Fougasse aux olives noires" }),
    })
    expect(edited.status).toBe(200)
    const [row] = await sql<{ status: string; title: string }>("select status, title from product where id = $1", [product.id])
    expect(row).toEqual({ status: "draft", title: "Fougasse aux olives noires" })
    expect(Number((await rawFetch(`/store/products?handle=${product.handle}`)).body.count)).toBe(0)
  })

  it("changes a variant's price", async () => {
    const variant = product.variants[1]
    const { status, body } = await rawFetch(`/merchant/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ price: 7.9 }),
    })
    expect(status).toBe(200)
    expect((body as unknown as MerchantProductResponse).product.variants.find((v) => v.id === variant.id)?.price).toBe(7.9)
  })

  it("adds a variant with its price and its stock at the shop, refusing a duplicate name", async () => {
    const { status, body } = await rawFetch(`/merchant/products/${product.id}/variants`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ title: "Géante", price: 12, stock: 2 }),
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const added = (body as unknown as MerchantProductResponse).product.variants.find((v) => v.title === "Géante")
    expect(added).toMatchObject({ price: 12, stocked_quantity: 2, available_quantity: 2 })

    const duplicate = await rawFetch(`/merchant/products/${product.id}/variants`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ title: "géante", price: 12, stock: 2 }),
    })
    expect(duplicate.status).toBe(422)
  })

  it("sets stock at the shop and refuses a negative count", async () => {
    const itemId = product.variants[0].inventory_item_id!
    const set = await rawFetch(`/merchant/inventory/${itemId}`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ stocked_quantity: 3, reason: "Inventaire du matin" }),
    })
    expect(set.status).toBe(200)
    expect(set.body.inventory_level).toMatchObject({ stocked_quantity: 3, available_quantity: 3 })
    const negative = await rawFetch(`/merchant/inventory/${itemId}`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ stocked_quantity: -1 }),
    })
    expect(negative.status).toBe(400)
    const list = await rawFetch("/merchant/inventory?limit=200", { headers: bearer(token) })
    const levels = (list.body as unknown as MerchantStockListResponse).inventory_levels
    expect(levels.find((level) => level.inventory_item_id === itemId)?.stocked_quantity).toBe(3)
  })

  it("uploads a photo, re-encoded as WebP and served back", async () => {
    const png = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#d4a373" } }).png().toBuffer()
    const { status, body } = await upload(token, product.id, new Blob([new Uint8Array(png)], { type: "image/png" }), "fougasse.png")
    expect(status, JSON.stringify(body)).toBe(201)
    const updated = (body as unknown as MerchantProductResponse).product
    expect(updated.thumbnail).toMatch(/\.webp$/)
    const served = await fetch(new URL(updated.thumbnail!, stack().backendUrl))
    expect(served.status).toBe(200)
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    expect(meta).toMatchObject({ format: "webp", width: 1600 })
  })

  it("refuses a file that is not an image, whatever its declared type", async () => {
    const { status, body } = await upload(token, product.id, new Blob(["<svg onload=alert(1)>"], { type: "image/png" }), "x.png")
    expect(status).toBe(400)
    expect(String(body.message)).toMatch(/pas une image/)
  })

  it("refuses bad product input with a clear message and creates nothing", async () => {
    const before = await sql("select count(*) from product")
    for (const bad of [
      {},
      { title: "X", variants: [] },
      { title: "Pain", variants: [{ title: "A", price: -2, stock: 1 }] },
      { title: "Pain", variants: [{ title: "A", price: 1.234, stock: 1 }] },
      { title: "Pain", shop_id: "shop_autre", variants: [{ title: "A", price: 1, stock: 1 }] },
      { title: "Pain", vat_category: "zero", variants: [{ title: "A", price: 1, stock: 1 }] },
    ]) {
      const { status, body } = await rawFetch("/merchant/products", { method: "POST", headers: bearer(token), body: JSON.stringify(bad) })
      expect(status, JSON.stringify(bad)).toBe(400)
      expect(typeof body.message).toBe("string")
    }
    expect(await sql("select count(*) from product")).toEqual(before)
  })

  it("deletes the product", async () => {
    const { status } = await rawFetch(`/merchant/products/${product.id}`, { method: "DELETE", headers: bearer(token) })
    expect(status).toBe(200)
    const [row] = await sql<{ deleted_at: Date | null }>("select deleted_at from product where id = $1", [product.id])
    expect(row.deleted_at).not.toBeNull()
    expect((await rawFetch(`/merchant/products/${product.id}`, { headers: bearer(token) })).status).toBe(404)
  })
})
