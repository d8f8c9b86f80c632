import { mkdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import AxeBuilder from "@axe-core/playwright"
import type { CartPickupResponse, StoreProductPageResponse, StoreShopDetailResponse } from "@mirashop/contract"
import type { Page } from "playwright-core"
import { expect } from "vitest"
import { stack, storeClient } from "../../support/clients"

/** The two seeded shops the shopper buys from. */
export const BAKERY = { handle: "le-fournil-de-miramas", name: "Boulangerie Le Fournil de Miramas" }
export const FLORIST = { handle: "atelier-des-fleurs" }

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../screenshots")

/** Saves the page at phone (360 px) and desktop (1280 px) width, and checks nothing overflows sideways. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
  }
}

/** axe-core over the page: no WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze()
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  ).toEqual([])
}

/**
 * A product of a seeded shop whose page offers a variant with plenty of stock, read through
 * the API the storefront uses. Cards come from the catalogue (up to date within 2 s), so the
 * product page, read live, decides: an earlier test may have just bought the last unit.
 */
export async function inStockProduct(
  shopHandle: string
): Promise<{ title: string; handle: string; shopName: string }> {
  const detail = await storeClient().client.fetch<StoreShopDetailResponse>(`/store/shops/${shopHandle}`, {
    query: { limit: 100 },
  })
  for (const card of detail.products.filter((p) => p.in_stock && p.price)) {
    const { product } = await storeClient().client.fetch<StoreProductPageResponse>(
      `/store/shops/${shopHandle}/products/${card.handle}`
    )
    const first = product.variants.find((v) => v.price !== null && v.stock.status !== "out_of_stock")
    if (first?.stock.status === "in_stock") return { title: card.title, handle: card.handle, shopName: detail.shop.name }
  }
  throw new Error(`${shopHandle} has no product in stock`)
}

/** The cart of the page, as the backend groups it. */
export async function cartOfPage(page: Page): Promise<CartPickupResponse> {
  const cartId = await page.evaluate(() => window.localStorage.getItem("mirashop_cart_id"))
  expect(cartId).toBeTruthy()
  return storeClient().client.fetch<CartPickupResponse>(`/store/carts/${cartId}/pickup`)
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab")
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

/**
 * A shopper opens the bakery from the directory, goes to a product page, picks the 1 kg
 * loaf and adds it; then adds an in-stock product of the florist. Ends on the cart page.
 */
export async function fillCartFromTwoShops(page: Page): Promise<void> {
  await page.goto(`${stack().storefrontUrl}/boutiques`)
  await page.getByRole("link", { name: BAKERY.name }).first().click()
  await page.getByRole("heading", { level: 1, name: BAKERY.name }).waitFor()
  // A shop page shows 12 products at a time: the loaf may be behind « Voir plus de produits ».
  const products = page.getByRole("list", { name: "Produits" })
  await products.waitFor()
  const loaf = products.getByRole("link", { name: "Pain au levain naturel" })
  const more = page.getByRole("button", { name: "Voir plus de produits" })
  while ((await loaf.count()) === 0 && (await more.count()) > 0) {
    const shown = await products.getByRole("listitem").count()
    await more.click()
    await expect.poll(() => products.getByRole("listitem").count()).toBeGreaterThan(shown)
  }
  await loaf.click()

  await page.getByRole("heading", { level: 1, name: "Pain au levain naturel" }).waitFor()
  await expect.poll(() => page.getByText(`En stock chez ${BAKERY.name}`).count()).toBe(1)
  await expect.poll(() => page.getByText(/Prête dès/).count()).toBe(1)
  await page.getByRole("radio", { name: "1 kg" }).check()
  await expect
    .poll(async () => (await page.locator(".price--large").textContent())?.replace(/\s/g, " "))
    .toContain("5,90 €")
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await page.getByText("Ajouté au panier.").waitFor()
  await expect.poll(() => page.getByRole("link", { name: "Panier (1 article)" }).count()).toBe(1)

  const flower = await inStockProduct(FLORIST.handle)
  await page.goto(`${stack().storefrontUrl}/boutiques/${FLORIST.handle}/${flower.handle}`)
  await page.getByRole("heading", { level: 1, name: flower.title }).waitFor()
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await page.getByText("Ajouté au panier.").waitFor()
  await page.getByRole("link", { name: "Voir le panier" }).click()
  await page.getByRole("heading", { level: 1, name: "Votre panier" }).waitFor()
}

/**
 * Keyboard only: submits the empty form (errors are listed, announced and tied to their
 * fields), follows the first error to the e-mail field, fills the identity, then picks the
 * first slot of each shop with the arrow keys. Ends with focus on the last slot list.
 */
export async function fillCheckoutWithKeyboard(page: Page): Promise<void> {
  await page.goto(`${stack().storefrontUrl}/commande`)
  await page.getByRole("heading", { level: 1, name: "Passer la commande" }).waitFor()
  await tabTo(page, "#identite-email")
  await page.keyboard.press("Enter")

  const summary = page.getByRole("alert").filter({ hasText: "points à corriger" })
  await summary.waitFor()
  expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(
    "points à corriger"
  )
  const email = page.locator("#identite-email")
  expect(await email.getAttribute("aria-invalid")).toBe("true")
  const describedBy = (await email.getAttribute("aria-describedby")) ?? ""
  expect(await page.locator(`#${describedBy.split(" ").at(-1)}`).textContent()).toBe(
    "E-mail : ce champ est obligatoire."
  )

  await page.keyboard.press("Tab")
  await page.keyboard.press("Enter")
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("identite-email")
  await page.keyboard.type("camille.roux@exemple.fr")
  await page.keyboard.press("Tab")
  await page.keyboard.type("Camille")
  await page.keyboard.press("Tab")
  await page.keyboard.type("Roux")
  await page.keyboard.press("Tab")
  await page.keyboard.type("06 12 34 56 78")

  const selects = page.locator("select[id^=creneau-]")
  await expect.poll(() => selects.count()).toBe(2)
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press("Tab")
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT")
    await page.keyboard.press("ArrowDown")
    await expect
      .poll(() => page.getByText(/^Créneau enregistré :/).count(), { timeout: 15_000 })
      .toBe(i + 1)
  }
}
