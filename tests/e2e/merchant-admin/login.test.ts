import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { sql, stack } from "../../support/clients"

describe.runIf(browserAvailable())("merchant admin: a shopkeeper signs in", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("refuses a wrong password with an announced error and keeps the e-mail typed", async () => {
    const page = await browser.newPage()
    await page.goto(`${stack().merchantAdminUrl}/connexion`)
    await page.getByLabel("Adresse e-mail").fill("boulangerie@mirashop.local")
    await page.getByLabel("Mot de passe").fill("pas-le-bon")
    await page.getByRole("button", { name: "Se connecter" }).click()
    await expect.poll(() => page.getByRole("alert").textContent(), { timeout: 15_000 }).toContain("incorrect")
    expect(await page.getByLabel("Adresse e-mail").inputValue()).toBe("boulangerie@mirashop.local")
    await page.close()
  })

  it("signs the demo baker in and shows their shop", async () => {
    const [{ name }] = await sql<{ name: string }>(
      "select s.name from merchant_user mu join shop s on s.id = mu.shop_id where mu.email = $1",
      ["boulangerie@mirashop.local"]
    )
    const page = await browser.newPage()
    await page.goto(`${stack().merchantAdminUrl}/connexion`)
    await page.getByLabel("Adresse e-mail").fill("boulangerie@mirashop.local")
    await page.getByLabel("Mot de passe").fill("Miramas2026!")
    await page.getByRole("button", { name: "Se connecter" }).click()
    await expect
      .poll(() => page.getByRole("heading", { name: new RegExp(name) }).count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    await page.close()
  })
})
