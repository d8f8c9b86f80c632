import type { StoreShopListResponse } from "@mirashop/contract"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { stack, storeClient } from "../../support/clients"
import { screenshots } from "./journey"
import { startTileServer, type TileServer } from "./tile-server"

/** The tile host the page is told to use; every request to it is answered by the local server. */
const TILE_HOST = "https://tiles.mirashop.test"

/**
 * A page whose index.html names our tile host, as a deployment would (meta tag), with the tile
 * requests answered by the local tile server, or failing when `tiles` is null. Any other
 * request off the storefront's origin is refused and recorded: the test never reaches out.
 */
async function pageWithTiles(
  context: BrowserContext,
  tiles: TileServer | null
): Promise<{ page: Page; offsite: string[] }> {
  const offsite: string[] = []
  const origin = new URL(stack().storefrontUrl).origin
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url())
    if (url.origin === TILE_HOST) {
      if (!tiles) return route.abort("connectionrefused")
      const answer = await fetch(`${tiles.url}${url.pathname}`)
      return route.fulfill({
        status: answer.status,
        contentType: "image/png",
        body: Buffer.from(await answer.arrayBuffer()),
      })
    }
    if (url.origin !== origin) {
      offsite.push(url.href)
      return route.abort("blockedbyclient")
    }
    if (route.request().resourceType() === "document") {
      const response = await route.fetch()
      const html = (await response.text()).replace(
        "<head>",
        `<head><meta name="mirashop-map-tiles" content="${TILE_HOST}/{z}/{x}/{y}.png" data-attribution="© Tuiles de test">`
      )
      return route.fulfill({ response, body: html })
    }
    return route.fallback()
  })
  return { page: await context.newPage(), offsite }
}

describe.runIf(browserAvailable())("storefront: the shops map", () => {
  let browser: Browser
  let tiles: TileServer

  beforeAll(async () => {
    browser = await launchBrowser()
    tiles = await startTileServer()
  })
  afterAll(async () => {
    await browser?.close()
    await tiles?.close()
  })

  it("opens on demand with the configured tiles, a dot per listed shop, each leading to its shop", async () => {
    const { shops } = await storeClient().client.fetch<StoreShopListResponse>("/store/shops", {
      query: { limit: 12 },
    })
    const context = await browser.newContext()
    const { page, offsite } = await pageWithTiles(context, tiles)
    await page.goto(`${stack().storefrontUrl}/boutiques`)
    const list = page.getByRole("list", { name: "Boutiques" })
    await expect
      .poll(() => list.getByRole("listitem").count(), { timeout: 15_000 })
      .toBe(shops.length)
    // Nothing of the map is downloaded before the shopper asks for it.
    expect(tiles.served).toEqual([])
    expect(await page.locator(".leaflet-container").count()).toBe(0)

    await page.getByRole("button", { name: "Afficher la carte" }).click()
    const map = page.getByRole("region", { name: "Carte des boutiques" })
    await map.waitFor({ timeout: 15_000 })
    const toggle = page.getByRole("button", { name: "Masquer la carte" })
    expect(await toggle.getAttribute("aria-expanded")).toBe("true")
    await expect
      .poll(() => page.locator("img.leaflet-tile-loaded").count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(tiles.served.length).toBeGreaterThan(0)
    expect(await map.getByText("© Tuiles de test").count()).toBe(1)
    await expect.poll(() => map.locator("path.leaflet-interactive").count()).toBe(shops.length)
    await expectNoAxeViolations(page, "shops map")
    await screenshots(page, "shops-map")

    // A dot's popup names its shop and links to its page, inside the app.
    await map.locator("path.leaflet-interactive").first().click({ force: true })
    const popupLink = map.locator(".leaflet-popup-content a")
    await popupLink.waitFor()
    const name = (await popupLink.textContent()) ?? ""
    expect(shops.map((shop) => shop.name)).toContain(name)
    await popupLink.click()
    await page.getByRole("heading", { level: 1, name }).waitFor({ timeout: 15_000 })
    expect(offsite).toEqual([])
    await context.close()
  })

  it("leaves the list whole and usable when no tile can be had", async () => {
    const context = await browser.newContext()
    const { page, offsite } = await pageWithTiles(context, null)
    await page.goto(`${stack().storefrontUrl}/boutiques`)
    await page.getByRole("button", { name: "Afficher la carte" }).click()
    await page.getByRole("region", { name: "Carte des boutiques" }).waitFor({ timeout: 15_000 })
    await expect
      .poll(() => page.locator("img.leaflet-tile").count(), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(await page.locator("img.leaflet-tile-loaded").count()).toBe(0)

    const list = page.getByRole("list", { name: "Boutiques" })
    const first = list.getByRole("link").first()
    const name = ((await first.textContent()) ?? "").trim()
    await first.focus()
    await page.keyboard.press("Enter")
    await page.getByRole("heading", { level: 1, name }).waitFor({ timeout: 15_000 })
    expect(offsite).toEqual([])
    await context.close()
  })
})
