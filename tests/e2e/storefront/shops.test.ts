import type { StoreShopListResponse } from "@mirashop/contract"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { stack, storeClient } from "../../support/clients"
import { screenshots } from "./journey"

describe.runIf(browserAvailable())("storefront: a shopper discovers the shops of Miramas", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the seeded shops on the home page, loaded from the API", async () => {
    const { shops } = await storeClient().client.fetch<StoreShopListResponse>("/store/shops", {
      query: { limit: 12 },
    })
    // axe needs a page from an explicit context.
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(stack().storefrontUrl)
    const list = page.getByRole("list", { name: "Boutiques" })
    await expect
      .poll(() => list.getByRole("link").count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(12)
    for (const shop of shops) {
      await expect
        .poll(() => list.getByRole("link", { name: shop.name }).count())
        .toBeGreaterThan(0)
    }
    await expectNoAxeViolations(page, "home")
    await screenshots(page, "home")
    await context.close()
  })

  it("lists every shop in the directory, accessible and readable at 360 and 1280 px", async () => {
    const { count } = await storeClient().client.fetch<StoreShopListResponse>("/store/shops", {
      query: { limit: 1 },
    })
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${stack().storefrontUrl}/boutiques`)
    const list = page.getByRole("list", { name: "Boutiques" })
    await expect
      .poll(() => list.getByRole("listitem").count(), { timeout: 15_000 })
      .toBe(Math.min(count, 12))
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toBe(`${count} boutiques`)
    await expectNoAxeViolations(page, "shops")
    await screenshots(page, "shops")
    await context.close()
  })

  it("opens a shop page with its products and prices", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(stack().storefrontUrl)
    const list = page.getByRole("list", { name: "Boutiques" })
    const first = list.getByRole("link").first()
    const name = (await first.textContent())?.trim() ?? ""
    await first.click()
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain(name.split("\n")[0])
    await expect.poll(() => page.getByText(/€/).count(), { timeout: 15_000 }).toBeGreaterThan(5)
    await expectNoAxeViolations(page, "shop")
    await screenshots(page, "shop")
    await context.close()
  })
})
