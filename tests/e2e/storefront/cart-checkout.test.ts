import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { stack } from "../../support/clients"
import {
  BAKERY,
  cartOfPage,
  expectAccessible,
  fillCartFromTwoShops,
  fillCheckoutWithKeyboard,
  screenshots,
} from "./journey"

describe.runIf(browserAvailable())(
  "storefront: product page, cart by shop, keyboard-only checkout up to the slots",
  () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })

    it("adds products from two shops, shows them grouped by shop with subtotals, and books a slot per shop", async () => {
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage()
      await fillCartFromTwoShops(page)

      // The cart page: one section per shop, each with its subtotal, as the backend computes it.
      const { pickups } = await cartOfPage(page)
      expect(pickups).toHaveLength(2)
      for (const pickup of pickups) {
        const section = page.getByRole("region", { name: pickup.shop.name })
        expect(await section.count()).toBe(1)
        expect(await section.getByRole("listitem").count()).toBe(pickup.items.length)
        const subtotal = (await section.locator(".cart-group__subtotal").textContent())?.replace(
          /\s/g,
          " "
        )
        expect(subtotal).toContain(pickup.subtotal.amount.toFixed(2).replace(".", ","))
      }
      expect(pickups.find((p) => p.shop.handle === BAKERY.handle)?.items[0]).toMatchObject({
        quantity: 1,
        unit_price: 5.9,
      })
      await expectAccessible(page)
      await screenshots(page, "cart")

      // One more loaf with the "+" button: the line, the subtotal and the header follow.
      await page.setViewportSize({ width: 1280, height: 900 })
      await page
        .getByRole("button", { name: /Ajouter un exemplaire de Pain au levain naturel/ })
        .click()
      await expect.poll(() => page.getByText("2 exemplaires").count(), { timeout: 15_000 }).toBe(1)
      await expect
        .poll(() => page.getByRole("link", { name: "Panier (3 articles)" }).count(), {
          timeout: 15_000,
        })
        .toBe(1)

      await fillCheckoutWithKeyboard(page)
      const after = await cartOfPage(page)
      for (const pickup of after.pickups) {
        expect(pickup.selected_slot).toBe(pickup.slots[0].start)
      }
      await expect.poll(() => page.getByText(/^Retrait : /).count()).toBe(2)
      await expectAccessible(page)
      await screenshots(page, "checkout")
      await page.context().close()
    })

    it("shows a product page with its stock at the shop and photos' alternatives, readable at 360 px", async () => {
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage()
      await page.goto(`${stack().storefrontUrl}/boutiques/${BAKERY.handle}/pain-au-levain-naturel`)
      await page.getByRole("heading", { level: 1, name: "Pain au levain naturel" }).waitFor()
      expect(await page.title()).toBe(`Pain au levain naturel – ${BAKERY.name} – Mirashop`)
      await expectAccessible(page)
      await screenshots(page, "product")
      await page.context().close()
    })

    it("answers « Produit introuvable » for a product the shop does not sell", async () => {
      const page = await (await browser.newContext()).newPage()
      await page.goto(
        `${stack().storefrontUrl}/boutiques/${BAKERY.handle}/produit-qui-n-existe-pas`
      )
      await page.getByRole("heading", { level: 1, name: "Produit introuvable" }).waitFor()
      await page.context().close()
    })
  }
)
