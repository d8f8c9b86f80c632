import { describe, expect, it } from "vitest"
import { rawFetch } from "../../support/clients"
import { bearer, login, openShop, outbox, TEST_PASSWORD } from "../../support/merchants"

describe("POST /auth/merchant/emailpass/reset-password", () => {
  it("e-mails a link to the merchant admin whose token sets a new password", async () => {
    const { email } = await openShop("Atelier du Vélo")
    const asked = await rawFetch("/auth/merchant/emailpass/reset-password", {
      method: "POST",
      body: JSON.stringify({ identifier: email }),
    })
    expect(asked.status).toBe(201)

    await expect.poll(() => outbox().filter((mail) => mail.to === email && mail.template === "password-reset").length).toBe(1)
    const mail = outbox().find((m) => m.to === email && m.template === "password-reset")!
    const link = new URL(/(http\S+)/.exec(mail.text)![1])
    expect(link.pathname).toBe("/mot-de-passe/nouveau")
    const token = link.searchParams.get("token")!

    const newPassword = "Nouveau-mot-de-passe-2"
    const updated = await rawFetch("/auth/merchant/emailpass/update", {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ email, password: newPassword }),
    })
    expect(updated.status).toBe(200)
    await login("merchant", email, newPassword)
    const old = await rawFetch("/auth/merchant/emailpass", {
      method: "POST",
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    })
    expect(old.status).toBe(401)
  })

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = outbox().length
    const { status } = await rawFetch("/auth/merchant/emailpass/reset-password", {
      method: "POST",
      body: JSON.stringify({ identifier: "personne@exemple.fr" }),
    })
    expect(status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(outbox().filter((mail) => mail.to === "personne@exemple.fr")).toEqual([])
    expect(outbox().length).toBeGreaterThanOrEqual(before)
  })
})
