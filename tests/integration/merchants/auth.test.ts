import type { MerchantMeResponse } from "@mirashop/contract"
import { describe, expect, it } from "vitest"
import { authClient, rawFetch, sql } from "../../support/clients"

const DEMO_MERCHANT = { email: "boulangerie@mirashop.local", password: "Miramas2026!" }

async function merchantToken(email: string, password: string): Promise<string> {
  const { status, body } = await rawFetch("/auth/merchant/emailpass", {
    method: "POST",
    body: JSON.stringify({ email, password }),
  })
  expect(status).toBe(200)
  return body.token as string
}

describe("POST /auth/merchant/emailpass", () => {
  it("signs a demo merchant in, and GET /merchant/me answers with their shop", async () => {
    const client = authClient()
    await client.auth.login("merchant", "emailpass", DEMO_MERCHANT)
    const me = await client.client.fetch<MerchantMeResponse>("/merchant/me")
    const [row] = await sql<{ name: string; shop_id: string }>(
      "select s.name, s.id as shop_id from merchant_user mu join shop s on s.id = mu.shop_id where mu.email = $1",
      [DEMO_MERCHANT.email]
    )
    expect(me.merchant_user.email).toBe(DEMO_MERCHANT.email)
    expect(me.merchant_user.role).toBe("owner")
    expect(me.shop).toMatchObject({ id: row.shop_id, name: row.name, status: "approved" })
  })

  it("lets a merchant change their own name, and nothing else, through POST /merchant/me", async () => {
    const client = authClient()
    await client.auth.login("merchant", "emailpass", DEMO_MERCHANT)
    const me = await client.client.fetch<MerchantMeResponse>("/merchant/me", {
      method: "POST",
      body: { first_name: "Mathieu", last_name: "Garnier-Roux" },
    })
    expect(me.merchant_user.last_name).toBe("Garnier-Roux")
    const [row] = await sql<{ last_name: string }>("select last_name from merchant_user where email = $1", [DEMO_MERCHANT.email])
    expect(row.last_name).toBe("Garnier-Roux")
    const token = (await rawFetch("/auth/merchant/emailpass", { method: "POST", body: JSON.stringify(DEMO_MERCHANT) })).body.token as string
    const escalate = await rawFetch("/merchant/me", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ role: "owner", email: "autre@exemple.fr" }),
    })
    expect(escalate.status).toBe(400)
  })

  it("refuses a wrong password", async () => {
    const { status } = await rawFetch("/auth/merchant/emailpass", {
      method: "POST",
      body: JSON.stringify({ ...DEMO_MERCHANT, password: "pas-le-bon" }),
    })
    expect(status).toBe(401)
  })

  it("keeps /merchant/me closed without a token, or with a shopper's token", async () => {
    expect((await rawFetch("/merchant/me")).status).toBe(401)
    const shopper = await rawFetch("/auth/customer/emailpass", {
      method: "POST",
      body: JSON.stringify({ email: "camille@mirashop.local", password: "Miramas2026!" }),
    })
    expect(shopper.status).toBe(200)
    const asShopper = await rawFetch("/merchant/me", {
      headers: { authorization: `Bearer ${shopper.body.token as string}` },
    })
    expect(asShopper.status).toBe(401)
  })
})

describe("POST /merchant/shops", () => {
  const email = `nouvelle-${Date.now()}@exemple.fr`
  const password = "Un-mot-de-passe-solide-1"

  async function register(): Promise<string> {
    const { status, body } = await rawFetch("/auth/merchant/emailpass/register", {
      method: "POST",
      body: JSON.stringify({ email, password }),
    })
    expect(status).toBe(200)
    return body.token as string
  }

  it("refuses an invalid SIRET with a clear message and creates nothing", async () => {
    const token = await register()
    const { status, body } = await rawFetch("/merchant/shops", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({
        name: "La Mercerie du Marché",
        trade: "autre",
        siret: "12345678901234",
        owner: { first_name: "Inès", last_name: "Garcia" },
      }),
    })
    expect(status).toBe(400)
    expect(String(body.message)).toMatch(/SIRET/)
    expect(await sql("select id from shop where email = $1", [email])).toEqual([])
  })

  it("opens a pending shop with its owner, stock location and free pickup option", async () => {
    const registration = await rawFetch("/auth/merchant/emailpass", {
      method: "POST",
      body: JSON.stringify({ email, password }),
    })
    const { status, body } = await rawFetch("/merchant/shops", {
      method: "POST",
      headers: { authorization: `Bearer ${registration.body.token as string}` },
      body: JSON.stringify({
        name: "La Mercerie du Marché",
        trade: "autre",
        siret: "73282932000074",
        phone: "04 90 58 00 00",
        owner: { first_name: "Inès", last_name: "Garcia" },
      }),
    })
    expect(status).toBe(201)
    const created = body as unknown as MerchantMeResponse
    expect(created.shop?.status).toBe("pending")
    expect(created.merchant_user).toMatchObject({ email, role: "owner" })

    const [shop] = await sql<{ id: string; status: string; location: string }>(
      `select s.id, s.status, l.stock_location_id as location from shop s
       join marketplace_shop_stock_location_stock_location l on l.shop_id = s.id
       where s.email = $1`,
      [email]
    )
    expect(shop.status).toBe("pending")
    const options = await sql<{ amount: string }>(
      `select p.amount from shipping_option so
       join service_zone sz on sz.id = so.service_zone_id
       join fulfillment_set fs on fs.id = sz.fulfillment_set_id and fs.type = 'pickup'
       join location_fulfillment_set lfs on lfs.fulfillment_set_id = fs.id
       join shipping_option_price_set sops on sops.shipping_option_id = so.id
       join price p on p.price_set_id = sops.price_set_id
       where lfs.stock_location_id = $1`,
      [shop.location]
    )
    expect(options.map((o) => Number(o.amount))).toEqual([0])

    const token = await merchantToken(email, password)
    const me = await rawFetch("/merchant/me", { headers: { authorization: `Bearer ${token}` } })
    expect(me.status).toBe(200)
    expect((me.body as unknown as MerchantMeResponse).shop?.id).toBe(shop.id)
  })

  it("refuses a second shop for the same account", async () => {
    const token = await merchantToken(email, password)
    const { status } = await rawFetch("/merchant/shops", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: "Deuxième boutique", trade: "autre", owner: { first_name: "A", last_name: "B" } }),
    })
    expect(status).toBe(403)
  })
})
