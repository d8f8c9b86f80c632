import type { MerchantProductResponse, MerchantProgressResponse, MerchantShopResponse, ShopProgress } from "@mirashop/contract"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql, stack } from "../../support/clients"
import { bearer, cityToken, login, openShop } from "../../support/merchants"

async function progressOf(token: string): Promise<ShopProgress> {
  const { status, body } = await rawFetch("/merchant/progress", { headers: bearer(token) })
  expect(status, JSON.stringify(body)).toBe(200)
  return (body as unknown as MerchantProgressResponse).progress
}

function stateOf(progress: ShopProgress, id: string): string | undefined {
  return [...progress.onboarding.items, ...progress.coaching.items].find((item) => item.id === id)?.state
}

async function updateShop(token: string, update: Record<string, unknown>): Promise<void> {
  const { status, body } = await rawFetch("/merchant/shop", { method: "POST", headers: bearer(token), body: JSON.stringify(update) })
  expect(status, JSON.stringify(body)).toBe(200)
}

async function uploadTo(token: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#d35400" } }).png().toBuffer()
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "photo.png")
  const response = await fetch(`${stack().backendUrl}${path}`, { method: "POST", headers: bearer(token), body: form })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe("GET /merchant/progress", () => {
  let token: string
  let shopId: string

  beforeAll(async () => {
    ;({ token, shopId } = await openShop("Épicerie du Progrès"))
  })

  it("starts a new shop in onboarding with only what its defaults really give", async () => {
    const progress = await progressOf(token)
    expect(progress.phase).toBe("onboarding")
    expect(progress.onboarding.items.map((item) => [item.id, item.state])).toEqual([
      ["profile", "todo"],
      ["address", "todo"],
      ["hours", "todo"],
      ["pickup", "todo"],
      ["payments", "done"],
      ["first_product", "todo"],
      ["approval", "waiting"],
    ])
    expect(progress.onboarding).toMatchObject({ done: 1, total: 7 })
    const firstProduct = progress.onboarding.items.find((item) => item.id === "first_product")!
    expect(firstProduct).toMatchObject({ route: "/produits/nouveau", lesson: "premier-produit", missing: ["product", "photo", "price", "stock"] })
    expect(firstProduct.why.length).toBeGreaterThan(20)
  })

  it("turns the profile, address, hours and pickup steps done as the shop's data fills in", async () => {
    await updateShop(token, { description: "Épicerie fine du centre : huiles, tapenades et vins de la Crau.", phone: "04 90 58 00 00" })
    expect((await progressOf(token)).onboarding.items.find((i) => i.id === "profile")).toMatchObject({ state: "todo", missing: ["logo"] })

    const logo = await uploadTo(token, "/merchant/shop/logo")
    expect(logo.status, JSON.stringify(logo.body)).toBe(201)
    const shop = (logo.body as unknown as MerchantShopResponse).shop
    expect(shop.logo_url).toMatch(/^\/static\/.+\.webp$/)
    const [{ logo_url }] = await sql<{ logo_url: string }>("select logo_url from shop where id = $1", [shopId])
    expect(logo_url).toMatch(/\.webp$/)

    await updateShop(token, { address_line1: "12 avenue de Verdun", latitude: 43.5806, longitude: 5.0016 })
    await updateShop(token, {
      opening_hours: { mon: [], tue: [{ open: "09:00", close: "12:30" }], wed: [], thu: [], fri: [], sat: [], sun: [] },
    })
    await updateShop(token, { pickup_instructions: "Sonnez à la porte de droite." })

    const progress = await progressOf(token)
    for (const id of ["profile", "address", "hours", "pickup", "payments"]) expect(stateOf(progress, id), id).toBe("done")
    expect(progress.onboarding.done).toBe(5)
  })

  it("marks payments to do when the shop turns off pay-at-pickup and has no card payments", async () => {
    await updateShop(token, { accepts_pay_at_pickup: false, accepts_online_payment: false })
    expect(stateOf(await progressOf(token), "payments")).toBe("todo")
    // Card payments count once the platform takes them (Stripe is configured in the test stack).
    await updateShop(token, { accepts_online_payment: true })
    expect(stateOf(await progressOf(token), "payments")).toBe("done")
    await updateShop(token, { accepts_pay_at_pickup: true, accepts_online_payment: false })
    expect(stateOf(await progressOf(token), "payments")).toBe("done")
  })

  it("needs a product with a photo, a price and stock for the first-product step", async () => {
    const created = await rawFetch("/merchant/products", {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ title: "Tapenade noire", status: "published", variants: [{ title: "Pot 100 g", price: 5.9, stock: 0 }] }),
    })
    expect(created.status).toBe(201)
    const product = (created.body as unknown as MerchantProductResponse).product
    expect((await progressOf(token)).onboarding.items.find((i) => i.id === "first_product")).toMatchObject({
      state: "todo",
      missing: ["photo", "stock"],
      route: "/produits",
    })

    expect((await uploadTo(token, `/merchant/products/${product.id}/images`)).status).toBe(201)
    const stock = await rawFetch(`/merchant/inventory/${product.variants[0].inventory_item_id}`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ stocked_quantity: 12 }),
    })
    expect(stock.status).toBe(200)
    expect(stateOf(await progressOf(token), "first_product")).toBe("done")
  })

  it("goes live when the city approves, and coaches from the catalogue", async () => {
    const approved = await rawFetch(`/admin/shops/${shopId}/approve`, { method: "POST", headers: bearer(await cityToken()) })
    expect(approved.status).toBe(200)

    const progress = await progressOf(token)
    expect(progress.phase).toBe("coaching")
    expect(progress.onboarding).toMatchObject({ done: 7, total: 7, progress: 1 })
    const items = Object.fromEntries(progress.coaching.items.map((item) => [item.id, item]))
    expect(items.ten_products).toMatchObject({ state: "todo", value: 1, target: 10 })
    expect(items.photos).toMatchObject({ state: "done", value: 100 })
    expect(items.descriptions).toMatchObject({ state: "todo", value: 0 })
    expect(items.stock_fresh.state).toBe("done")
    expect(items.fast_acceptance.state).toBe("waiting")
    expect(items.campaign.state).toBe("unavailable")
  })

  it("counts a published product out of stock for over a week against the shop", async () => {
    const created = await rawFetch("/merchant/products", {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ title: "Huile d'olive de la Crau", status: "published", variants: [{ title: "50 cl", price: 14, stock: 0 }] }),
    })
    const product = (created.body as unknown as MerchantProductResponse).product
    expect(stateOf(await progressOf(token), "stock_fresh")).toBe("done")

    // Stock history is the level's last change: age it as if nobody restocked for 8 days.
    await sql("update inventory_level set updated_at = now() - interval '8 days' where inventory_item_id = $1", [
      product.variants[0].inventory_item_id,
    ])
    const stale = (await progressOf(token)).coaching.items.find((item) => item.id === "stock_fresh")
    expect(stale).toMatchObject({ state: "todo", value: 1, target: 0 })
  })

  it("is only for signed-in merchants", async () => {
    expect((await rawFetch("/merchant/progress")).status).toBe(401)
    const other = await login("merchant", "fleuriste@mirashop.local", "Miramas2026!")
    const theirs = await progressOf(other)
    expect(theirs.phase).toBe("coaching")
  })
})
