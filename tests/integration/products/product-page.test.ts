import type { MerchantProductResponse, StoreProductPageResponse } from "@mirashop/contract"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql, stack } from "../../support/clients"
import { bearer, cityToken, openShop } from "../../support/merchants"

async function createProduct(token: string, body: Record<string, unknown>) {
  const { status, body: created } = await rawFetch("/merchant/products", {
    method: "POST",
    headers: bearer(token),
    body: JSON.stringify(body),
  })
  expect(status, JSON.stringify(created)).toBe(201)
  return (created as unknown as MerchantProductResponse).product
}

async function uploadPhoto(token: string, productId: string): Promise<void> {
  const png = await sharp({
    create: { width: 800, height: 600, channels: 3, background: "#c9a227" },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "miel.png")
  const response = await fetch(`${stack().backendUrl}/merchant/products/${productId}/images`, {
    method: "POST",
    headers: bearer(token),
    body: form,
  })
  expect(response.status).toBe(201)
}

const pagePath = (shop: string, product: string) => `/store/shops/${shop}/products/${product}`

describe("GET /store/shops/:handle/products/:product_handle", () => {
  let shop: Awaited<ReturnType<typeof openShop>>
  let honey: MerchantProductResponse["product"]
  let draft: MerchantProductResponse["product"]

  beforeAll(async () => {
    shop = await openShop("Miellerie de la Crau")
    honey = await createProduct(shop.token, {
      title: "Miel de lavande",
      description: "Récolté sur le plateau de Valensole.",
      status: "published",
      vat_category: "reduced",
      option_title: "Pot",
      variants: [
        { title: "250 g", price: 6.5, stock: 10 },
        { title: "500 g", price: 11.9, stock: 2 },
        { title: "1 kg", price: 21, stock: 1 },
      ],
    })
    draft = await createProduct(shop.token, {
      title: "Miel de châtaignier",
      status: "draft",
      variants: [{ title: "250 g", price: 7, stock: 5 }],
    })
    await uploadPhoto(shop.token, honey.id)
    const oneKilo = honey.variants.find((v) => v.title === "1 kg")!
    const emptied = await rawFetch(`/merchant/inventory/${oneKilo.inventory_item_id}`, {
      method: "POST",
      headers: bearer(shop.token),
      body: JSON.stringify({ stocked_quantity: 0 }),
    })
    expect(emptied.status).toBe(200)
    // Opening a shop, two products and a photo: well over the 10 s default on a busy machine.
  }, 60_000)

  it("answers 404 while the shop awaits the city's approval", async () => {
    const { status, body } = await rawFetch(pagePath(shop.handle, honey.handle))
    expect(status).toBe(404)
    expect(String(body.message)).toMatch(/produit/)
  })

  it("shows an approved shop's product: options, prices VAT included, stock at the shop, photos", async () => {
    const approved = await rawFetch(`/admin/shops/${shop.shopId}/approve`, {
      method: "POST",
      headers: bearer(await cityToken()),
    })
    expect(approved.status).toBe(200)

    const { status, body } = await rawFetch(pagePath(shop.handle, honey.handle))
    expect(status, JSON.stringify(body)).toBe(200)
    const { product } = body as unknown as StoreProductPageResponse
    expect(product).toMatchObject({
      id: honey.id,
      title: "Miel de lavande",
      description: "Récolté sur le plateau de Valensole.",
      shop: { id: shop.shopId, handle: shop.handle, name: "Miellerie de la Crau" },
    })
    expect(product.options).toHaveLength(1)
    expect(product.options[0].title).toBe("Pot")
    expect([...product.options[0].values].sort()).toEqual(["1 kg", "250 g", "500 g"])
    const optionId = product.options[0].id
    const byTitle = Object.fromEntries(product.variants.map((v) => [v.title, v]))
    expect(byTitle["250 g"]).toMatchObject({
      options: { [optionId]: "250 g" },
      price: { amount: 6.5, currency_code: "eur" },
      stock: { status: "in_stock", remaining: null },
    })
    expect(byTitle["500 g"]).toMatchObject({
      price: { amount: 11.9 },
      stock: { status: "low_stock", remaining: 2 },
    })
    expect(byTitle["1 kg"]).toMatchObject({
      price: { amount: 21 },
      stock: { status: "out_of_stock", remaining: 0 },
    })

    expect(product.images).toHaveLength(1)
    expect(product.images[0].url).toMatch(/^\/static\/.+\.webp$/)
    expect(product.thumbnail).toBe(product.images[0].url)
    const [{ preparation_minutes }] = await sql<{ preparation_minutes: number }>(
      "select preparation_minutes from shop where id = $1",
      [shop.shopId]
    )
    expect(product.ready.preparation_minutes).toBe(preparation_minutes)
  })

  it("estimates when an order placed now is ready: the first bookable slot after preparation", async () => {
    const [row] = await sql<{ shop: string; product: string; preparation_minutes: number }>(
      `select s.handle as shop, p.handle as product, s.preparation_minutes from shop s
       join marketplace_shop_product_product l on l.shop_id = s.id and l.deleted_at is null
       join product p on p.id = l.product_id and p.status = 'published' and p.deleted_at is null
       join merchant_user mu on mu.shop_id = s.id and mu.email = 'boulangerie@mirashop.local'
       order by p.handle limit 1`
    )
    const before = Date.now()
    const { status, body } = await rawFetch(pagePath(row.shop, row.product))
    expect(status).toBe(200)
    const { ready } = (body as unknown as StoreProductPageResponse).product
    expect(ready.preparation_minutes).toBe(row.preparation_minutes)
    expect(ready.earliest_slot).not.toBeNull()
    expect(new Date(ready.earliest_slot!.start).getTime()).toBeGreaterThanOrEqual(
      before + row.preparation_minutes * 60_000 - 60_000
    )
    expect(ready.earliest_slot!.label).toMatch(/^\d{2}:\d{2}$/)
  })

  it("answers 404 for a draft product, another shop's product and an unknown handle", async () => {
    const [other] = await sql<{ handle: string }>(
      `select p.handle from product p join marketplace_shop_product_product l on l.product_id = p.id
       where l.shop_id <> $1 and p.status = 'published' and p.deleted_at is null limit 1`,
      [shop.shopId]
    )
    for (const path of [
      pagePath(shop.handle, draft.handle),
      pagePath(shop.handle, other.handle),
      pagePath(shop.handle, "produit-inconnu"),
      pagePath("boutique-inconnue", honey.handle),
    ]) {
      const { status, body } = await rawFetch(path)
      expect(status, path).toBe(404)
      expect(typeof body.message).toBe("string")
    }
  })
})
