import { mkdirSync } from "node:fs"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { sql } from "../../support/clients"
import { PHONE_VIEWPORT, signInToMerchantAdmin } from "../../support/merchant-admin"
import { openShop, TEST_PASSWORD } from "../../support/merchants"

/** A whole journey with several axe runs; the shared machine can be slow. */
const JOURNEY_TIMEOUT = 240_000
const SCREENSHOTS = path.join(import.meta.dirname, "..", "screenshots")

/** The checklist entry of a step, as screen readers name it. */
function step(page: Page, title: string) {
  return page.getByRole("listitem", { name: title })
}

async function stateOf(page: Page, title: string): Promise<string> {
  return (await step(page, title).locator(".badge").textContent()) ?? ""
}

describe.runIf(browserAvailable())("merchant admin: a new shop follows its onboarding checklist", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("sees the checklist on a phone, sets its hours and pickup instructions, and both steps turn done", async () => {
    const shop = await openShop("Droguerie des Écoles")
    const page = await signInToMerchantAdmin(browser, shop.email, TEST_PASSWORD, PHONE_VIEWPORT)

    const checklist = page.getByRole("region", { name: "Mettre votre boutique en ligne" })
    await expect.poll(() => checklist.count(), { timeout: 15_000 }).toBe(1)
    expect(await stateOf(page, "Indiquez vos horaires et fermetures")).toBe("À faire")
    expect(await stateOf(page, "Validation par la mairie")).toBe("En attente")
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("14")
    await expectNoAxeViolations(page, "home (onboarding)")
    await page.screenshot({ path: path.join(SCREENSHOTS, "merchant-home-onboarding-360.png"), fullPage: true })

    await step(page, "Indiquez vos horaires et fermetures").getByRole("link", { name: /^Compléter/ }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Horaires et fermetures" }).count()).toBe(1)
    await page.getByRole("button", { name: "Ajouter une plage le mardi" }).click()
    await page.getByRole("button", { name: "Ajouter une plage le samedi" }).click()
    await expectNoAxeViolations(page, "hours")
    await page.getByRole("button", { name: "Enregistrer" }).click()
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).count(), { timeout: 15_000 }).toBe(1)
    const [{ opening_hours }] = await sql<{ opening_hours: Record<string, unknown[]> }>("select opening_hours from shop where id = $1", [shop.shopId])
    expect(opening_hours.tue).toEqual([{ open: "09:00", close: "12:00" }])

    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Accueil" }).click()
    await expect.poll(() => stateOf(page, "Indiquez vos horaires et fermetures"), { timeout: 15_000 }).toBe("Fait")
    expect(await stateOf(page, "Réglez le retrait en boutique")).toBe("À faire")
    expect(await step(page, "Réglez le retrait en boutique").textContent()).toContain("Il manque : les consignes de retrait.")

    await step(page, "Réglez le retrait en boutique").getByRole("link", { name: /^Compléter/ }).click()
    await page.getByLabel("Consignes de retrait").fill("Sonnez à la porte verte, au fond de la cour.")
    await expectNoAxeViolations(page, "pickup")
    await page.getByRole("button", { name: "Enregistrer" }).click()
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).count(), { timeout: 15_000 }).toBe(1)

    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Accueil" }).click()
    await expect.poll(() => stateOf(page, "Réglez le retrait en boutique"), { timeout: 15_000 }).toBe("Fait")
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("43")

    await step(page, "Placez votre boutique sur la carte").getByRole("link", { name: /^Lire la leçon/ }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Placer sa boutique sur la carte" }).count()).toBe(1)
    await expectNoAxeViolations(page, "lesson")
    await page.context().close()
  }, JOURNEY_TIMEOUT)

  it("places the shop on the map from the profile screen", async () => {
    const shop = await openShop("Mercerie du Cours")
    const page = await signInToMerchantAdmin(browser, shop.email, TEST_PASSWORD)
    await step(page, "Placez votre boutique sur la carte").getByRole("link", { name: /^Compléter/ }).click()
    await page.getByLabel("Adresse (numéro et rue)").fill("3 cours Victor Hugo")
    await page.getByLabel("Latitude", { exact: true }).fill("43,5791")
    await page.getByLabel("Longitude", { exact: true }).fill("abc")
    await page.getByRole("button", { name: "Enregistrer" }).click()
    await expect.poll(() => page.getByText("Saisissez une longitude entre -180 et 180").count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true")
    await expectNoAxeViolations(page, "shop profile with an error")

    await page.getByLabel("Longitude", { exact: true }).fill("5,0019")
    await page.getByRole("button", { name: "Enregistrer" }).click()
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).count(), { timeout: 15_000 }).toBe(1)
    const [row] = await sql<{ latitude: number; longitude: number }>("select latitude, longitude from shop where id = $1", [shop.shopId])
    expect([row.latitude, row.longitude]).toEqual([43.5791, 5.0019])

    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Accueil" }).click()
    await expect.poll(() => stateOf(page, "Placez votre boutique sur la carte"), { timeout: 15_000 }).toBe("Fait")
    await page.context().close()
  }, JOURNEY_TIMEOUT)
})
