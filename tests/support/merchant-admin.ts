import type { Browser, Page } from "playwright-core"
import { expect } from "vitest"
import { stack } from "./clients"

/** A phone held behind the counter: the narrowest width the merchant admin supports. */
export const PHONE_VIEWPORT = { width: 360, height: 740 }

/**
 * Opens the merchant admin in a fresh browser context (axe-core needs one) and signs in through
 * its login form; resolves on the home page. Close with `page.context().close()`.
 */
export async function signInToMerchantAdmin(
  browser: Browser,
  email: string,
  password: string,
  viewport?: { width: number; height: number }
): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {})
  const page = await context.newPage()
  await page.goto(`${stack().merchantAdminUrl}/connexion`)
  await page.getByLabel("Adresse e-mail").fill(email)
  await page.getByLabel("Mot de passe").fill(password)
  await page.getByRole("button", { name: "Se connecter" }).click()
  await expect.poll(() => page.getByRole("heading", { level: 1, name: /^Bonjour/ }).count(), { timeout: 20_000 }).toBe(1)
  return page
}
