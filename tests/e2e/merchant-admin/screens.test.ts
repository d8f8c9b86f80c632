import { mkdirSync } from "node:fs"
import path from "node:path"
import { LESSON_SLUGS } from "@mirashop/domain"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { rawFetch, sql, stack } from "../../support/clients"
import { PHONE_VIEWPORT, signInToMerchantAdmin } from "../../support/merchant-admin"
import { bearer, login, openShop, outbox, TEST_PASSWORD } from "../../support/merchants"
import { chooseSlots, DEMO_PASSWORD, demoShop, placedCheckout, shopperCart, stockedVariant } from "../../support/shopping"

/** Around thirty pages, each with an axe run, on a shared machine. */
const SCREENS_TIMEOUT = 600_000
const SCREENSHOTS = path.join(import.meta.dirname, "..", "screenshots")
const BAKER = "boulangerie@mirashop.local"

/** A colleague invited by the owner of a new shop, who joined: their e-mail and the shop. */
async function joinedStaff(): Promise<{ email: string; shopId: string }> {
  const owner = await openShop("Cordonnerie de la Gare")
  const email = `vendeur-${Date.now()}@exemple.fr`
  const invited = await rawFetch("/merchant/users", { method: "POST", headers: bearer(owner.token), body: JSON.stringify({ email, first_name: "Noé" }) })
  expect(invited.status).toBe(201)
  await expect.poll(() => outbox().filter((mail) => mail.to === email && mail.template === "staff-invite").length, { timeout: 15_000 }).toBe(1)
  const mail = outbox().find((m) => m.to === email && m.template === "staff-invite")
  const token = new URL(/(http\S+)/.exec(mail?.text ?? "")?.[1] ?? "").searchParams.get("token")
  const registered = await rawFetch("/auth/merchant/emailpass/register", { method: "POST", body: JSON.stringify({ email, password: TEST_PASSWORD }) })
  expect(registered.status).toBe(200)
  const accepted = await rawFetch("/merchant/invites/accept", { method: "POST", headers: bearer(registered.body.token as string), body: JSON.stringify({ token }) })
  expect(accepted.status).toBe(200)
  return { email, shopId: owner.shopId }
}

interface Screen {
  name: string
  path: string
  heading: string | RegExp
}

/**
 * Opens a screen at 360 px, waits for its main heading, then checks that axe-core finds no
 * WCAG 2.1 A/AA violation and that nothing makes the page scroll sideways; saves a screenshot.
 */
async function checkScreen(page: Page, screen: Screen): Promise<void> {
  await page.goto(`${stack().merchantAdminUrl}${screen.path}`)
  await expect
    .poll(() => page.getByRole("heading", { level: 1, name: screen.heading }).count(), { timeout: 20_000, message: screen.name })
    .toBe(1)
  await expect.poll(() => page.locator("[aria-busy=true], .loading").count(), { timeout: 20_000, message: `${screen.name} loading` }).toBe(0)
  await expectNoAxeViolations(page, screen.name)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${screen.name} scrolls sideways at 360 px`).toBeLessThanOrEqual(0)
  await page.screenshot({ path: path.join(SCREENSHOTS, `merchant-screen-${screen.name}-360.png`), fullPage: true })
}

describe.runIf(browserAvailable())("merchant admin: every screen at 360 px, with no axe violation", () => {
  let browser: Browser
  let productId: string
  let order: { id: string; display_id: number }

  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SCREENSHOTS, { recursive: true })
    // An order ready for pickup gives the order detail and handover screens something to show.
    const shop = await demoShop(BAKER)
    const line = await stockedVariant(shop.id)
    const cart = await shopperCart([{ variantId: line.variantId, quantity: 1 }])
    await chooseSlots(cart, 0)
    ;[order] = (await placedCheckout(cart)).orders
    const token = await login("merchant", BAKER, DEMO_PASSWORD)
    for (const action of ["accept", "ready"]) {
      const { status } = await rawFetch(`/merchant/orders/${order.id}/${action}`, { method: "POST", headers: bearer(token) })
      expect(status).toBe(200)
    }
    const [product] = await sql<{ id: string }>(
      `select p.id from product p join marketplace_shop_product_product sp on sp.product_id = p.id and sp.deleted_at is null
       where sp.shop_id = $1 and p.deleted_at is null order by p.created_at limit 1`,
      [shop.id]
    )
    productId = product.id
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("signed-in screens of the owner", async () => {
    const page = await signInToMerchantAdmin(browser, BAKER, DEMO_PASSWORD, PHONE_VIEWPORT)
    const screens: Screen[] = [
      { name: "home", path: "/", heading: /^Bonjour/ },
      { name: "shop-profile", path: "/boutique", heading: "Ma boutique" },
      { name: "hours", path: "/horaires", heading: "Horaires et fermetures" },
      { name: "pickup", path: "/retrait", heading: "Retrait et paiement" },
      { name: "products", path: "/produits", heading: "Produits" },
      { name: "product-new", path: "/produits/nouveau", heading: "Nouveau produit" },
      { name: "product-import", path: "/produits/import", heading: "Importer un fichier CSV" },
      { name: "product-edit", path: `/produits/${productId}`, heading: /./ },
      { name: "stock", path: "/stock", heading: "Stock" },
      { name: "stock-adjustment", path: "/stock/ajustement", heading: "Ajustement groupé du stock" },
      { name: "orders-to-accept", path: "/commandes", heading: "Commandes" },
      { name: "orders-preparing", path: "/commandes?onglet=en-preparation", heading: "Commandes" },
      { name: "orders-ready", path: "/commandes?onglet=pretes", heading: "Commandes" },
      { name: "orders-collected", path: "/commandes?onglet=retirees", heading: "Commandes" },
      { name: "orders-cancelled", path: "/commandes?onglet=annulees", heading: "Commandes" },
      { name: "order-detail", path: `/commandes/${order.id}`, heading: `Commande n° ${order.display_id}` },
      { name: "handover-list", path: "/remise", heading: "Remise au client" },
      { name: "handover", path: `/remise/${order.id}`, heading: `Remise de la commande n° ${order.display_id}` },
      { name: "stats", path: "/statistiques", heading: "Statistiques" },
      { name: "team", path: "/equipe", heading: "Équipe" },
      { name: "lessons", path: "/lecons", heading: "Leçons" },
      ...LESSON_SLUGS.map((slug) => ({ name: `lesson-${slug}`, path: `/lecons/${slug}`, heading: /./ })),
    ]
    for (const screen of screens) await checkScreen(page, screen)
    await page.context().close()
  }, SCREENS_TIMEOUT)

  it("public screens: login, sign-up, password reset, invitation, page not found", async () => {
    const page = await (await browser.newContext({ viewport: PHONE_VIEWPORT })).newPage()
    const screens: Screen[] = [
      { name: "login", path: "/connexion", heading: "Connexion à votre espace commerçant" },
      { name: "sign-up", path: "/inscription", heading: "Inscrire ma boutique sur Mirashop" },
      { name: "forgot-password", path: "/mot-de-passe/oubli", heading: "Mot de passe oublié" },
      { name: "new-password", path: "/mot-de-passe/nouveau?token=expire", heading: "Nouveau mot de passe" },
      { name: "accept-invite", path: "/invitation?token=expire", heading: "Rejoindre l'équipe" },
      { name: "not-found", path: "/cette-page-n-existe-pas", heading: "Page introuvable" },
    ]
    for (const screen of screens) await checkScreen(page, screen)
    await page.context().close()
  }, SCREENS_TIMEOUT)

  it("staff screens: the profile is the owner's, payment modes are read-only, pickup can be saved", async () => {
    const staff = await joinedStaff()
    const page = await signInToMerchantAdmin(browser, staff.email, TEST_PASSWORD, PHONE_VIEWPORT)
    await checkScreen(page, { name: "staff-shop-profile", path: "/boutique", heading: "Ma boutique" })
    expect(await page.getByText("Seule la personne responsable de la boutique peut modifier sa présentation").count()).toBe(1)
    expect(await page.getByLabel("Nom de la boutique").count()).toBe(0)

    await checkScreen(page, { name: "staff-pickup", path: "/retrait", heading: "Retrait et paiement" })
    expect(await page.getByLabel("Paiement au retrait, en boutique").isDisabled()).toBe(true)
    expect(await page.getByLabel("Paiement en ligne par carte").isDisabled()).toBe(true)
    expect(await page.getByText("Seule la personne responsable de la boutique peut changer les moyens de paiement.").count()).toBe(1)
    await page.getByLabel("Consignes de retrait").fill("Sonnez à l'atelier, au fond à gauche.")
    await page.getByRole("button", { name: "Enregistrer" }).click()
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).count(), { timeout: 15_000 }).toBe(1)
    const [shop] = await sql<{ pickup_instructions: string }>("select pickup_instructions from shop where id = $1", [staff.shopId])
    expect(shop.pickup_instructions).toBe("Sonnez à l'atelier, au fond à gauche.")
    await checkScreen(page, { name: "staff-team", path: "/equipe", heading: "Équipe" })
    await page.context().close()
  }, SCREENS_TIMEOUT)
})
