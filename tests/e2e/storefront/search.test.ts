import type { StoreCatalogResponse } from "@mirashop/contract"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { stack, storeClient } from "../../support/clients"
import { screenshots } from "./journey"

/** A seeded product and a one-letter typo of the longest word of its title. */
async function productWithTypo(): Promise<{ title: string; typo: string }> {
  const { products } = await storeClient().client.fetch<StoreCatalogResponse>("/store/catalog", {
    query: { limit: 50 },
  })
  for (const product of products) {
    const word = product.title.split(/\s+/).sort((a, b) => b.length - a.length)[0]
    if (word && word.length >= 7) {
      const middle = Math.floor(word.length / 2)
      return { title: product.title, typo: word.slice(0, middle) + word.slice(middle + 1) }
    }
  }
  throw new Error("No seeded product has a word long enough to misspell")
}

describe.runIf(browserAvailable())("storefront: a shopper searches every shop", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("finds a product despite a typo, from the header search box, with its shop named", async () => {
    const { title, typo } = await productWithTypo()
    // axe needs a page from an explicit context.
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(stack().storefrontUrl)
    const header = page.getByRole("search", { name: "Recherche de produits" })
    await header.getByLabel("Rechercher un produit").fill(typo)
    await header.getByRole("button", { name: "Rechercher" }).click()

    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`/recherche?q=`)
    const results = page.getByRole("list", { name: "Produits" })
    await expect
      .poll(() => results.getByRole("link", { name: title }).count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toMatch(/produits? trouvés?/)
    await expect.poll(() => results.getByText(/^Chez /).count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page, "search")
    await screenshots(page, "search")
    await context.close()
  })

  it("narrows the results with a facet, kept in the URL", async () => {
    const page = await browser.newPage()
    await page.goto(`${stack().storefrontUrl}/recherche`)
    const shops = page.getByRole("group", { name: "Boutique" })
    await expect
      .poll(() => shops.getByRole("radio").count(), { timeout: 15_000 })
      .toBeGreaterThan(2)
    const second = shops.getByRole("radio").nth(1)
    await second.check()
    await page.getByRole("button", { name: "Appliquer" }).click()
    await expect.poll(() => page.url()).toContain("boutique=")
    const chosen = await second.getAttribute("value")
    const { count } = await storeClient().client.fetch<StoreCatalogResponse>("/store/catalog", {
      query: { shop: chosen ?? "" },
    })
    await expect
      .poll(() => page.getByRole("status").first().textContent(), { timeout: 15_000 })
      .toContain(`${count} produit`)
    await page.close()
  })
})
