import type { MerchantMeResponse, MerchantTeamMemberResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import sharp from "sharp"
import { rawFetch, sql, stack } from "../../support/clients"
import { bearer, login, openShop, outbox, TEST_PASSWORD } from "../../support/merchants"

async function register(email: string): Promise<string> {
  const { status, body } = await rawFetch("/auth/merchant/emailpass/register", {
    method: "POST",
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(status).toBe(200)
  return body.token as string
}

describe("staff invitations and roles", () => {
  let owner: Awaited<ReturnType<typeof openShop>>
  const staffEmail = `vendeuse-${Date.now()}@exemple.fr`
  let inviteToken: string
  let staffId: string

  beforeAll(async () => {
    owner = await openShop("Épicerie des Calanques")
  })

  it("lets the owner invite a colleague, who receives a link", async () => {
    const { status, body } = await rawFetch("/merchant/users", {
      method: "POST",
      headers: bearer(owner.token),
      body: JSON.stringify({ email: staffEmail, first_name: "Léa", last_name: "Martin" }),
    })
    expect(status).toBe(201)
    const { user } = body as unknown as MerchantTeamMemberResponse
    expect(user).toMatchObject({ email: staffEmail, role: "staff", joined_at: null })
    staffId = user.id

    await expect.poll(() => outbox().filter((m) => m.to === staffEmail && m.template === "staff-invite").length).toBe(1)
    const mail = outbox().find((m) => m.to === staffEmail && m.template === "staff-invite")!
    inviteToken = new URL(/(http\S+)/.exec(mail.text)![1]).searchParams.get("token")!
    expect(mail.text).toContain("Épicerie des Calanques")
  })

  it("refuses to invite the same person twice", async () => {
    const { status } = await rawFetch("/merchant/users", {
      method: "POST",
      headers: bearer(owner.token),
      body: JSON.stringify({ email: staffEmail, first_name: "Léa" }),
    })
    expect(status).toBe(422)
  })

  it("refuses an invitation taken up with another e-mail or a forged token", async () => {
    const other = await register(`intrus-${Date.now()}@exemple.fr`)
    const wrongEmail = await rawFetch("/merchant/invites/accept", {
      method: "POST",
      headers: bearer(other),
      body: JSON.stringify({ token: inviteToken }),
    })
    expect(wrongEmail.status).toBe(403)
    const forged = await rawFetch("/merchant/invites/accept", {
      method: "POST",
      headers: bearer(other),
      body: JSON.stringify({ token: `${inviteToken.split(".")[0]}.AAAAAAAAAAAAAAAAAAAAAA` }),
    })
    expect(forged.status).toBe(400)
  })

  it("lets the colleague join, then sign in as staff of that shop", async () => {
    const fresh = await register(staffEmail)
    const { status } = await rawFetch("/merchant/invites/accept", {
      method: "POST",
      headers: bearer(fresh),
      body: JSON.stringify({ token: inviteToken }),
    })
    expect(status).toBe(200)
    const token = await login("merchant", staffEmail, TEST_PASSWORD)
    const me = (await rawFetch("/merchant/me", { headers: bearer(token) })).body as unknown as MerchantMeResponse
    expect(me.merchant_user.role).toBe("staff")
    expect(me.shop?.id).toBe(owner.shopId)
  })

  it("keeps the shop's identity and team in the owner's hands", async () => {
    const staff = await login("merchant", staffEmail, TEST_PASSWORD)
    const rename = await rawFetch("/merchant/shop", {
      method: "POST",
      headers: bearer(staff),
      body: JSON.stringify({ name: "Autre nom" }),
    })
    expect(rename.status).toBe(403)
    const [shop] = await sql<{ name: string }>("select name from shop where id = $1", [owner.shopId])
    expect(shop.name).toBe("Épicerie des Calanques")

    const instructions = await rawFetch("/merchant/shop", {
      method: "POST",
      headers: bearer(staff),
      body: JSON.stringify({ pickup_instructions: "Sonnez à la porte de droite." }),
    })
    expect(instructions.status).toBe(200)

    const invite = await rawFetch("/merchant/users", {
      method: "POST",
      headers: bearer(staff),
      body: JSON.stringify({ email: `x-${Date.now()}@exemple.fr`, first_name: "X" }),
    })
    expect(invite.status).toBe(403)
  })

  it("keeps the payment modes and the logo in the owner's hands too", async () => {
    const staff = await login("merchant", staffEmail, TEST_PASSWORD)
    for (const body of [{ accepts_pay_at_pickup: false }, { accepts_online_payment: false }, { logo_url: "https://exemple.fr/logo.png" }]) {
      const refused = await rawFetch("/merchant/shop", { method: "POST", headers: bearer(staff), body: JSON.stringify(body) })
      expect(refused.status, JSON.stringify(body)).toBe(403)
      expect(refused.body.message).toContain("moyens de paiement")
    }
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#2e86de" } }).png().toBuffer()
    const form = new FormData()
    form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "logo.png")
    const logo = await fetch(`${stack().backendUrl}/merchant/shop/logo`, { method: "POST", headers: bearer(staff), body: form })
    expect(logo.status).toBe(403)
    const [shop] = await sql<{ accepts_pay_at_pickup: boolean; accepts_online_payment: boolean; logo_url: string | null }>(
      "select accepts_pay_at_pickup, accepts_online_payment, logo_url from shop where id = $1",
      [owner.shopId]
    )
    expect(shop).toEqual({ accepts_pay_at_pickup: true, accepts_online_payment: true, logo_url: null })

    const byOwner = await rawFetch("/merchant/shop", { method: "POST", headers: bearer(owner.token), body: JSON.stringify({ accepts_online_payment: false }) })
    expect(byOwner.status).toBe(200)
  })

  it("lets the owner remove the colleague, whose access stops at once", async () => {
    const staff = await login("merchant", staffEmail, TEST_PASSWORD)
    const removed = await rawFetch(`/merchant/users/${staffId}`, { method: "DELETE", headers: bearer(owner.token) })
    expect(removed.status).toBe(200)
    expect((await rawFetch("/merchant/me", { headers: bearer(staff) })).status).toBe(401)
  })
})
