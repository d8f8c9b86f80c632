import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { cityAdminPage } from "../../support/medusa-admin"
import { rawFetch, stack } from "../../support/clients"
import { bearer, cityToken } from "../../support/merchants"

const DAY = 24 * 3600 * 1000

describe.runIf(browserAvailable())("Medusa admin: city staff give a campaign its storefront banner", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("writes the banner on the campaign's page, and the storefront's home page shows it", async () => {
    // The campaign itself is Medusa's (Promotions › Campaigns); its dates decide when the banner shows.
    const created = await rawFetch("/admin/campaigns", {
      method: "POST",
      headers: bearer(await cityToken()),
      body: JSON.stringify({
        name: "Mes vacances à Miramas",
        campaign_identifier: `vacances-${Date.now()}`,
        starts_at: new Date(Date.now() - DAY).toISOString(),
        ends_at: new Date(Date.now() + 30 * DAY).toISOString(),
      }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const campaignId = (created.body.campaign as { id: string }).id

    const page = await cityAdminPage(browser)

    await page.goto(`${stack().backendUrl}/app/campaigns/${campaignId}`)
    const form = page.getByRole("form", { name: "Bannière de la vitrine" })
    await expect.poll(() => form.count(), { timeout: 30_000 }).toBe(1)
    await form.getByLabel("Titre", { exact: true }).fill("Mes vacances à Miramas")
    await form.getByLabel("Texte", { exact: true }).fill("Cet été, vos commerçants vous attendent : retrait en boutique, sans détour.")
    await form.getByLabel(/^Lien/).fill("//ailleurs.example")
    await form.getByRole("button", { name: "Enregistrer la bannière" }).click()
    // A link to another site is refused with the backend's French sentence, and nothing is lost.
    await expect.poll(() => form.getByRole("alert").textContent(), { timeout: 15_000 }).toMatch(/chemin du site/)
    await expect.poll(() => form.getByLabel("Titre", { exact: true }).inputValue()).toBe("Mes vacances à Miramas")
    await form.getByLabel(/^Lien/).fill("/boutiques")
    await form.getByRole("button", { name: "Enregistrer la bannière" }).click()
    await expect.poll(() => form.getByRole("status").textContent(), { timeout: 15_000 }).toMatch(/Bannière enregistrée/)
    await page.close()

    const home = await browser.newPage()
    await home.goto(stack().storefrontUrl)
    const banner = home.getByRole("link", { name: "Mes vacances à Miramas" })
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1)
    expect(await banner.getAttribute("href")).toBe("/boutiques")
    await expect.poll(() => home.getByText("Cet été, vos commerçants vous attendent").count()).toBe(1)
    await home.close()
  })
})
