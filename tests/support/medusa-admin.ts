import type { Browser, Page } from "playwright-core"
import { stack } from "./clients"

/** A page of the Medusa admin (`/app`), signed in with the demo city login. */
export async function cityAdminPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(`${stack().backendUrl}/app/login`)
  await page.locator("input[name=email]").fill("mairie@mirashop.local")
  await page.locator("input[name=password]").fill("Miramas2026!")
  await page.locator("button[type=submit]").click()
  await page.waitForURL(/\/app\/(orders|$)/, { timeout: 30_000 })
  return page
}
