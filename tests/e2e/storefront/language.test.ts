import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { stack } from "../../support/clients"
import { screenshots } from "./journey"

describe.runIf(browserAvailable())("storefront: a shopper reads Mirashop in English", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("switches to English, keeps it across pages and visits, and back to French", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const englishChunks: string[] = []
    page.on("request", (request) => {
      if (/\/assets\/en-[\w-]+\.js$/.test(request.url())) englishChunks.push(request.url())
    })
    await page.goto(stack().storefrontUrl)
    await page
      .getByRole("heading", { level: 1, name: "Les commerces de Miramas, à retirer en boutique" })
      .waitFor({ timeout: 15_000 })
    const switcher = page.getByRole("group", { name: "Langue du site" })
    await switcher.waitFor({ timeout: 15_000 })
    // French visitors never download the English strings.
    expect(englishChunks).toEqual([])

    await switcher.getByRole("button", { name: "English" }).click()
    await page
      .getByRole("heading", { level: 1, name: "The shops of Miramas, click and collect" })
      .waitFor({ timeout: 15_000 })
    expect(englishChunks).toHaveLength(1)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en")
    const nav = page.getByRole("navigation", { name: "Main navigation" })
    expect(await nav.getByRole("link", { name: "Shops" }).count()).toBe(1)
    await expect.poll(() => page.title()).toBe("Mirashop – the shops of Miramas")
    await expectNoAxeViolations(page, "home in English")

    await nav.getByRole("link", { name: "Shops" }).click()
    await page.getByRole("heading", { level: 1, name: "The shops of Miramas" }).waitFor()
    await expect.poll(() => page.getByText(/^\d+ shops$/).count(), { timeout: 15_000 }).toBe(1)
    await screenshots(page, "shops-english")

    // The choice is remembered on this device: a new visit opens in English.
    await page.reload()
    await page
      .getByRole("heading", { level: 1, name: "The shops of Miramas" })
      .waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en")

    await page
      .getByRole("group", { name: "Site language" })
      .getByRole("button", { name: "Français" })
      .click()
    await page.getByRole("heading", { level: 1, name: "Les boutiques de Miramas" }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr")
    await context.close()
  })
})
