import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { cityAdminPage } from "../../support/medusa-admin"
import { sql, stack } from "../../support/clients"
import { openShop } from "../../support/merchants"

describe.runIf(browserAvailable())("Medusa admin: city staff approve a pending shop", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("signs in with the demo city login, finds the shop under « Boutiques » and approves it", async () => {
    const shop = await openShop("Cordonnerie du Marché")
    const page = await cityAdminPage(browser)

    await page.goto(`${stack().backendUrl}/app/shops`)
    await expect.poll(() => page.getByRole("heading", { name: "Boutiques de Miramas" }).count(), { timeout: 30_000 }).toBe(1)
    const approve = page.getByRole("button", { name: "Valider Cordonnerie du Marché" })
    await expect.poll(() => approve.count(), { timeout: 15_000 }).toBe(1)
    await approve.click()

    await expect
      .poll(async () => (await sql<{ status: string }>("select status from shop where id = $1", [shop.shopId]))[0].status, {
        timeout: 15_000,
      })
      .toBe("approved")
    await page.close()
  })
})
