import type {
  CheckoutListResponse,
  CheckoutResponse,
  MerchantOrderListResponse,
} from "@mirashop/contract"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { rawFetch, stack } from "../../support/clients"
import { bearer, login, TEST_PASSWORD } from "../../support/merchants"
import {
  expectAccessible,
  fillCartFromTwoShops,
  fillCheckoutWithKeyboard,
  screenshots,
  tabTo,
} from "./journey"

describe.runIf(browserAvailable())(
  "storefront: a shopper checks out at two shops and collects with two codes",
  () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })

    it("places the order keyboard-only, pay at pickup: one pickup code and QR per shop; each merchant sees its order", async () => {
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage()
      await fillCartFromTwoShops(page)
      await fillCheckoutWithKeyboard(page)

      await tabTo(page, "button[type=submit]")
      await page.keyboard.press("Enter")
      await page.waitForURL(/\/commande\/[^/]+$/, { timeout: 30_000 })
      await page
        .getByRole("heading", { level: 1, name: "Merci, votre commande est passée" })
        .waitFor()

      const cards = page
        .getByRole("list", { name: "Retraits par boutique" })
        .getByRole("listitem")
        .filter({ has: page.locator(".pickup-code") })
      expect(await cards.count()).toBe(2)
      const codes = await page.locator(".pickup-code").allTextContents()
      expect(codes).toHaveLength(2)
      for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{6}$/)
      expect(await page.getByRole("img", { name: /^QR code du code de retrait/ }).count()).toBe(2)
      expect(await page.getByRole("link", { name: "Panier (vide)" }).count()).toBe(1)
      await expectAccessible(page)
      await screenshots(page, "confirmation")

      const checkoutId = page.url().split("/").at(-1)!
      const placed = await rawFetch(`/store/checkouts/${checkoutId}`)
      const orderIds = (placed.body as unknown as CheckoutResponse).checkout.orders.map(
        (order) => order.id
      )
      const seen: string[] = []
      for (const merchant of ["boulangerie@mirashop.local", "fleuriste@mirashop.local"]) {
        const token = await login("merchant", merchant, "Miramas2026!")
        const { status, body } = await rawFetch("/merchant/orders?limit=50", {
          headers: bearer(token),
        })
        expect(status).toBe(200)
        const mine = (body as unknown as MerchantOrderListResponse).orders.filter((order) =>
          orderIds.includes(order.id)
        )
        expect(mine).toHaveLength(1)
        expect(mine[0].customer).toMatchObject({
          email: "camille.roux@exemple.fr",
          first_name: "Camille",
          last_name: "Roux",
        })
        seen.push(mine[0].id)
      }
      expect(seen.sort()).toEqual([...orderIds].sort())
      await page.context().close()
    })

    it("a new account sees its order per shop in « Mon compte » and cancels one before it is ready", async () => {
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 900 } })
      ).newPage()
      page.on("dialog", (dialog) => void dialog.accept())
      const email = `client-${Date.now()}@exemple.fr`
      await page.goto(`${stack().storefrontUrl}/compte/inscription`)
      await page.getByLabel("E-mail").fill(email)
      await page.getByLabel("Mot de passe").fill(TEST_PASSWORD)
      await page.getByLabel("Prénom").fill("Camille")
      await page.getByLabel("Nom", { exact: true }).fill("Roux")
      await page.getByRole("button", { name: "Créer mon compte" }).click()
      await page.getByRole("heading", { level: 1, name: "Bonjour Camille" }).waitFor()

      await fillCartFromTwoShops(page)
      await page.goto(`${stack().storefrontUrl}/commande`)
      await expect.poll(() => page.locator("#identite-email").inputValue()).toBe(email)
      await page.locator("#identite-phone").fill("06 12 34 56 78")
      for (const select of await page.locator("select[id^=creneau-]").all()) {
        await select.selectOption({ index: 1 })
      }
      await expect
        .poll(() => page.getByText(/^Créneau enregistré :/).count(), { timeout: 15_000 })
        .toBe(2)
      await page.getByRole("button", { name: "Valider la commande" }).click()
      await page.waitForURL(/\/commande\/[^/]+$/, { timeout: 30_000 })

      await page.goto(`${stack().storefrontUrl}/compte`)
      const history = page.getByRole("list", { name: "Mes commandes" })
      await expect.poll(() => history.getByText("Commandée").count(), { timeout: 15_000 }).toBe(2)
      await expectAccessible(page)
      await screenshots(page, "account")
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.getByRole("button", { name: /^Annuler la commande chez Boulangerie/ }).click()
      await page.getByText(/^Votre commande chez Boulangerie .* est annulée\.$/).waitFor()
      await expect.poll(() => history.getByText("Annulée").count(), { timeout: 15_000 }).toBe(1)

      const token = await login("customer", email, TEST_PASSWORD)
      const { body } = await rawFetch("/store/checkouts", { headers: bearer(token) })
      const [latest] = (body as unknown as CheckoutListResponse).checkouts
      expect(latest.orders.map((order) => order.status).sort()).toEqual(["cancelled", "placed"])
      await page.context().close()
    })
  }
)
