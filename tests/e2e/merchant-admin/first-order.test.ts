import { mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { rawFetch, sql, stack } from "../../support/clients"
import { approveShop } from "../../support/live-shop"
import { PHONE_VIEWPORT } from "../../support/merchant-admin"
import { bearer, login, outbox } from "../../support/merchants"
import { chooseSlots, placedCheckout, shopperCart, stockedVariant } from "../../support/shopping"

/** The whole life of a new shop in one browser session; the shared machine can be slow. */
const JOURNEY_TIMEOUT = 600_000
const SCREENSHOTS = path.join(import.meta.dirname, "..", "screenshots")
const STAMP = Date.now()
const EMAIL = `fromagerie-${STAMP}@exemple.fr`
const PASSWORD = "Un-mot-de-passe-solide-1"
const DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

function step(page: Page, title: string) {
  return page.getByRole("listitem", { name: title })
}

async function stateOf(page: Page, title: string): Promise<string> {
  return (await step(page, title).locator(".badge").first().textContent()) ?? ""
}

async function measureOf(page: Page, title: string): Promise<string> {
  return ((await step(page, title).locator(".checklist__measure").textContent()) ?? "").trim()
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-360.png`), fullPage: true })
}

async function navigate(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: link, exact: true }).click()
  await expect.poll(() => page.getByRole("heading", { level: 1, name: heading }).count(), { timeout: 20_000 }).toBe(1)
}

async function saved(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Enregistrer" }).click()
  await expect.poll(() => page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).count(), { timeout: 20_000 }).toBe(1)
}

/** 50 good products and 2 bad rows (no title, a price in words). */
function catalogueCsv(): string {
  const rows = ["titre;description;prix;stock;tva;statut"]
  for (let n = 1; n <= 50; n++) {
    rows.push(`Fromage n°${n} ${STAMP};Fromage affiné dans notre cave de Miramas, lot ${n};${(4 + n / 10).toFixed(2).replace(".", ",")};20;5,5;en ligne`)
    if (n === 10) rows.push(";sans titre;4;1;5,5;en ligne")
    if (n === 30) rows.push(`Tomme ${STAMP};Tomme de brebis;douze;3;5,5;en ligne`)
  }
  return rows.join("\n")
}

/**
 * A shopper, in their own browser, opens the shop's product page on the storefront, adds 2 to the
 * cart, checks out paying at pickup with the first slot, and reads the order number and pickup
 * code on the confirmation page.
 */
async function orderFromStorefront(browser: Browser, shopId: string, title: string): Promise<{ id: string; display_id: number; pickup_code: string }> {
  const [target] = await sql<{ shop: string; shop_name: string; product: string }>(
    `select s.handle as shop, s.name as shop_name, p.handle as product from shop s
     join marketplace_shop_product_product sp on sp.shop_id = s.id and sp.deleted_at is null
     join product p on p.id = sp.product_id where s.id = $1 and p.title = $2`,
    [shopId, title]
  )
  const shopper = await (await browser.newContext({ viewport: PHONE_VIEWPORT })).newPage()
  await shopper.goto(`${stack().storefrontUrl}/boutiques/${target.shop}/${target.product}`)
  await expect.poll(() => shopper.getByRole("heading", { level: 1, name: title }).count(), { timeout: 20_000 }).toBe(1)
  await shopper.getByRole("button", { name: "Ajouter au panier" }).click()
  await shopper.getByText("Ajouté au panier.").waitFor()
  await shopper.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect.poll(() => shopper.getByRole("link", { name: "Panier (2 articles)" }).count(), { timeout: 15_000 }).toBe(1)
  await shopper.getByRole("link", { name: "Panier (2 articles)" }).click()
  await shopper.getByRole("heading", { level: 1, name: "Votre panier" }).waitFor()
  await shopper.getByRole("link", { name: "Passer la commande" }).click()
  await shopper.getByRole("heading", { level: 1, name: "Passer la commande" }).waitFor()
  await shopper.getByLabel(/^E-mail/).fill(`lea-${STAMP}@exemple.fr`)
  await shopper.getByLabel(/^Prénom/).fill("Léa")
  await shopper.getByLabel(/^Nom/).fill("Martin")
  await shopper.getByLabel(/^Téléphone/).fill("06 11 22 33 44")
  const slot = shopper.getByLabel(`Créneau de retrait chez ${target.shop_name}`)
  await expect.poll(() => slot.locator("option").count(), { timeout: 20_000 }).toBeGreaterThan(1)
  await slot.selectOption({ index: 1 })
  await expect.poll(() => shopper.getByText(/^Créneau enregistré :/).count(), { timeout: 20_000 }).toBe(1)
  await shopper.getByRole("button", { name: "Valider la commande" }).click()
  await shopper.waitForURL(/\/commande\/[^/]+$/, { timeout: 30_000 })
  await shopper.getByRole("heading", { level: 1, name: "Merci, votre commande est passée" }).waitFor()
  const code = ((await shopper.locator(".pickup-code").first().textContent()) ?? "").trim()
  const number = Number(/Commande n° (\d+)/.exec((await shopper.locator("main").textContent()) ?? "")?.[1])
  await shopper.context().close()
  const [order] = await sql<{ id: string }>(`select id from "order" where display_id = $1`, [number])
  expect(code).toMatch(/^[A-Z0-9]{6}$/)
  return { id: order.id, display_id: number, pickup_code: code }
}

describe.runIf(browserAvailable())("merchant admin: from sign-up to the first order handed over", () => {
  let browser: Browser
  let page: Page
  let shopId: string

  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SCREENSHOTS, { recursive: true })
    page = await (await browser.newContext({ viewport: PHONE_VIEWPORT })).newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("signs up a new shop from the login page", async () => {
    await page.goto(`${stack().merchantAdminUrl}/connexion`)
    await expectNoAxeViolations(page, "login")
    await page.getByRole("link", { name: "Pas encore de compte ? Inscrire ma boutique" }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Inscrire ma boutique sur Mirashop" }).count()).toBe(1)

    await page.getByRole("button", { name: "Créer mon espace commerçant" }).click()
    await expect.poll(() => page.getByText("Indiquez le nom de la boutique (2 caractères au moins).").count()).toBe(1)
    await expectNoAxeViolations(page, "sign-up with errors")
    await shoot(page, "merchant-sign-up")

    await page.getByLabel("Nom de la boutique").fill(`Fromagerie du Marché ${STAMP}`)
    await page.getByLabel("Métier").selectOption("fromagerie")
    await page.getByLabel("Prénom").fill("Inès")
    await page.getByLabel("Nom", { exact: true }).fill("Roux")
    await page.getByLabel("Adresse e-mail").fill(EMAIL)
    await page.getByLabel("Mot de passe (10 caractères au moins)").fill(PASSWORD)
    await page.getByRole("button", { name: "Créer mon espace commerçant" }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Bonjour Inès" }).count(), { timeout: 30_000 }).toBe(1)

    const [shop] = await sql<{ id: string; status: string; trade: string }>(
      "select s.id, s.status, s.trade from shop s join merchant_user mu on mu.shop_id = s.id where mu.email = $1",
      [EMAIL]
    )
    expect(shop).toMatchObject({ status: "pending", trade: "fromagerie" })
    shopId = shop.id
    await expect.poll(() => stateOf(page, "Présentez votre boutique"), { timeout: 15_000 }).toBe("À faire")
    expect(await stateOf(page, "Validation par la mairie")).toBe("En attente")
    await expectNoAxeViolations(page, "home (new shop)")
    await shoot(page, "merchant-home-new-shop")
  }, JOURNEY_TIMEOUT)

  it("completes onboarding step by step; each step turns done from the saved data", async () => {
    await step(page, "Présentez votre boutique").getByRole("link", { name: /^Compléter/ }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Ma boutique" }).count()).toBe(1)
    await page.getByLabel("Description", { exact: true }).fill("Fromages fermiers de Provence et des Alpes, affinés dans notre cave.")
    await page.getByLabel("Téléphone").fill("04 90 58 12 34")
    await page.getByLabel("Adresse (numéro et rue)").fill("5 place Jean Jaurès")
    await page.getByLabel("Latitude", { exact: true }).fill("43,5800")
    await page.getByLabel("Longitude", { exact: true }).fill("5,0010")
    await saved(page)
    const logo = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#f1c40f" } }).png().toBuffer()
    await page.getByRole("region", { name: "Logo" }).getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo })
    await expect.poll(() => page.getByRole("img", { name: "Logo actuel de la boutique" }).count(), { timeout: 20_000 }).toBe(1)
    await expectNoAxeViolations(page, "shop profile")

    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => stateOf(page, "Présentez votre boutique"), { timeout: 15_000 }).toBe("Fait")
    expect(await stateOf(page, "Placez votre boutique sur la carte")).toBe("Fait")
    expect(await stateOf(page, "Indiquez vos horaires et fermetures")).toBe("À faire")

    await step(page, "Indiquez vos horaires et fermetures").getByRole("link", { name: /^Compléter/ }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Horaires et fermetures" }).count()).toBe(1)
    for (const day of DAYS) await page.getByRole("button", { name: `Ajouter une plage le ${day}` }).click()
    await expectNoAxeViolations(page, "hours")
    await saved(page)

    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => stateOf(page, "Indiquez vos horaires et fermetures"), { timeout: 15_000 }).toBe("Fait")
    await step(page, "Réglez le retrait en boutique").getByRole("link", { name: /^Compléter/ }).click()
    await page.getByLabel("Consignes de retrait").fill("Au comptoir du fond, donnez votre code de retrait.")
    await expectNoAxeViolations(page, "pickup")
    await saved(page)

    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => stateOf(page, "Réglez le retrait en boutique"), { timeout: 15_000 }).toBe("Fait")
    expect(await stateOf(page, "Ajoutez un premier produit avec photo, prix et stock")).toBe("À faire")

    await step(page, "Ajoutez un premier produit avec photo, prix et stock").getByRole("link", { name: /^Compléter/ }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Nouveau produit" }).count()).toBe(1)
    await page.getByLabel("Nom du produit").fill(`Banon AOP ${STAMP}`)
    await page.getByLabel("Description", { exact: true }).fill("Fromage de chèvre enveloppé de feuilles de châtaignier, de la Haute-Provence.")
    await page.getByLabel("Prix TTC (€)").fill("7,80")
    await page.getByLabel("Stock en rayon", { exact: true }).fill("12")
    await page.getByLabel("Mettre en ligne dès l'enregistrement").check()
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#e67e22" } }).png().toBuffer()
    await page.getByLabel("Ajouter des photos").setInputFiles({ name: "banon.png", mimeType: "image/png", buffer: photo })
    await page.getByRole("button", { name: "Créer le produit" }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: `Banon AOP ${STAMP}` }).count(), { timeout: 30_000 }).toBe(1)

    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => stateOf(page, "Ajoutez un premier produit avec photo, prix et stock"), { timeout: 15_000 }).toBe("Fait")
    expect(await page.getByRole("progressbar").first().getAttribute("aria-valuenow")).toBe("86")
    await shoot(page, "merchant-home-onboarding-done")
  }, JOURNEY_TIMEOUT)

  it("imports 50 products from a CSV and reports the 2 bad rows", async () => {
    await navigate(page, "Produits", "Produits")
    await page.getByRole("link", { name: "Importer un fichier CSV" }).click()
    await page.getByLabel("Fichier CSV de produits").setInputFiles({ name: "fromages.csv", mimeType: "text/csv", buffer: Buffer.from(catalogueCsv()) })
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "50 ligne(s) prête(s) à importer, 2 ligne(s) à corriger." }).count(), { timeout: 15_000 })
      .toBe(1)
    expect(await page.getByRole("row", { name: /^12\b/ }).textContent()).toContain("Le nom doit compter au moins 2 caractères")
    expect(await page.getByRole("row", { name: new RegExp(`^33 Tomme ${STAMP}`) }).textContent()).toContain("Saisissez un prix positif")
    await expectNoAxeViolations(page, "CSV import preview")
    await shoot(page, "merchant-import-preview")
    await page.getByRole("button", { name: "Importer 50 produits" }).click()
    await expect
      .poll(() => page.getByText("Import terminé : 50 produit(s) créé(s), 2 ligne(s) en erreur.").count(), { timeout: 240_000, interval: 1_000 })
      .toBe(1)
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le rapport d'erreurs" }).click()])
    const report = readFileSync(await download.path(), "utf8").trim().split("\r\n")
    expect(report).toHaveLength(3)
    expect(report[1]).toMatch(/^12;;Le nom doit compter au moins 2 caractères\./)
    expect(report[2]).toMatch(new RegExp(`^33;Tomme ${STAMP};Saisissez un prix positif`))
    await shoot(page, "merchant-import-done")
    const [{ count }] = await sql<{ count: string }>(
      `select count(*) from product p join marketplace_shop_product_product sp on sp.product_id = p.id and sp.deleted_at is null
       where sp.shop_id = $1 and p.deleted_at is null and p.status = 'published'`,
      [shopId]
    )
    expect(Number(count)).toBe(51)
  }, JOURNEY_TIMEOUT)

  it("adjusts the stock of two products at once with a reason kept in the journal", async () => {
    await navigate(page, "Stock", "Stock")
    await page.getByRole("link", { name: "Ajustement groupé avec motif" }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Ajustement groupé du stock" }).count()).toBe(1)
    await page.getByLabel("Rechercher un produit ou une référence").fill(`Fromage n°1 ${STAMP}`)
    await page.getByLabel(`Ajustement : Fromage n°1 ${STAMP}`, { exact: false }).first().fill("+10")
    await page.getByLabel("Rechercher un produit ou une référence").fill(`Fromage n°2 ${STAMP}`)
    await page.getByLabel(`Ajustement : Fromage n°2 ${STAMP}`, { exact: false }).first().fill("-2")
    await page.getByRole("button", { name: "Appliquer l'ajustement (2 produits)" }).click()
    await expect.poll(() => page.getByText("Indiquez le motif de l'ajustement").count()).toBe(1)
    await page.getByLabel("Motif").fill("Livraison et casse")
    await expectNoAxeViolations(page, "bulk stock adjustment")
    await page.getByRole("button", { name: "Appliquer l'ajustement (2 produits)" }).click()
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Stock ajusté pour 2 produits." }).count(), { timeout: 20_000 }).toBe(1)
    await expect.poll(() => page.getByRole("table", { name: "Journal des ajustements" }).textContent(), { timeout: 15_000 }).toContain("Livraison et casse")
    const levels = await sql<{ title: string; stocked_quantity: string }>(
      `select p.title, il.stocked_quantity from inventory_level il
       join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id and pvi.deleted_at is null
       join product_variant pv on pv.id = pvi.variant_id join product p on p.id = pv.product_id
       where p.title = any($1)`,
      [[`Fromage n°1 ${STAMP}`, `Fromage n°2 ${STAMP}`]]
    )
    expect(Object.fromEntries(levels.map((level) => [level.title, Number(level.stocked_quantity)]))).toEqual({
      [`Fromage n°1 ${STAMP}`]: 30,
      [`Fromage n°2 ${STAMP}`]: 18,
    })
    await shoot(page, "merchant-stock-adjustment")
  }, JOURNEY_TIMEOUT)

  it("is approved by the city; the coaching list measures the catalogue", async () => {
    await approveShop(shopId)
    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => page.getByRole("heading", { name: "Faire grandir votre boutique" }).count(), { timeout: 15_000 }).toBe(1)
    expect(await stateOf(page, "Proposez au moins 10 produits")).toBe("Fait")
    expect(await stateOf(page, "Une photo sur chaque produit")).toBe("À faire")
    expect(await stateOf(page, "Acceptez les commandes en moins de 2 heures")).toBe("En attente")
    // 1 product in 51 has a photo (the first one); none has a 100-character description.
    expect(await measureOf(page, "Une photo sur chaque produit")).toBe("2 % (objectif : 100 %)")
    expect(await measureOf(page, "Des descriptions d'au moins 100 caractères")).toBe("0 % (objectif : 100 %)")
    expect(await stateOf(page, "Une fiche boutique complète")).toBe("À faire")
    await expectNoAxeViolations(page, "home (coaching)")
    await shoot(page, "merchant-home-coaching")
  }, JOURNEY_TIMEOUT)

  it("moves the coaching items as the shop adds a photo, a long description and a richer profile", async () => {
    const title = `Fromage n°3 ${STAMP}`
    await navigate(page, "Produits", "Produits")
    await page.getByLabel("Rechercher un produit").fill(title)
    await page.getByRole("button", { name: "Rechercher" }).click()
    await expect.poll(() => page.getByRole("rowheader", { name: title }).count(), { timeout: 15_000 }).toBe(1)
    await page.getByRole("rowheader", { name: title }).getByRole("link").click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: title }).count(), { timeout: 20_000 }).toBe(1)
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#d35400" } }).png().toBuffer()
    await page.getByLabel("Ajouter des photos").setInputFiles({ name: "fromage.png", mimeType: "image/png", buffer: photo })
    await expect.poll(() => page.getByRole("img", { name: `${title}, photo 1` }).count(), { timeout: 20_000 }).toBe(1)
    const about = page.getByRole("form", { name: "Description du produit" })
    await about
      .getByLabel("Description", { exact: true })
      .fill("Tomme de vache affinée trois mois dans notre cave de Miramas, croûte naturelle, pâte souple et goût de noisette.")
    await about.getByRole("button", { name: "Enregistrer" }).click()
    await expect.poll(() => about.getByRole("status").filter({ hasText: "Modifications enregistrées." }).count(), { timeout: 20_000 }).toBe(1)
    await expectNoAxeViolations(page, "edit product (photo added)")
    await shoot(page, "merchant-product-edit")

    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => measureOf(page, "Une photo sur chaque produit"), { timeout: 15_000 }).toBe("4 % (objectif : 100 %)")
    expect(await measureOf(page, "Des descriptions d'au moins 100 caractères")).toBe("2 % (objectif : 100 %)")

    await navigate(page, "Ma boutique", "Ma boutique")
    await page
      .getByLabel("Description", { exact: true })
      .fill("Fromages fermiers de Provence et des Alpes, affinés dans notre cave voûtée du centre de Miramas depuis 1986.")
    await saved(page)
    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => stateOf(page, "Une fiche boutique complète"), { timeout: 15_000 }).toBe("Fait")
  }, JOURNEY_TIMEOUT)

  it("sees an order placed on the storefront arrive live, accepts it, marks it ready and hands it over with the code", async () => {
    await navigate(page, "Commandes", "Commandes")
    await expect.poll(() => page.getByText("Aucune commande à accepter pour le moment.").count(), { timeout: 15_000 }).toBe(1)
    await expectNoAxeViolations(page, "orders (empty)")

    const order = await orderFromStorefront(browser, shopId, `Banon AOP ${STAMP}`)
    const number = `Commande n° ${order.display_id}`

    // No reload: the queue polls and announces the order in its live region.
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: `Nouvelle commande à accepter : n° ${order.display_id}.` }).count(), { timeout: 45_000 })
      .toBe(1)
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: number }) })
    expect(await card.textContent()).toContain("Nouvelle")
    expect(await page.getByRole("link", { name: "À accepter (1)" }).count()).toBe(1)
    await expectNoAxeViolations(page, "orders (new order)")
    await shoot(page, "merchant-orders-new")

    await card.getByRole("button", { name: `Accepter ${number}` }).click()
    await expect.poll(() => page.getByText("Aucune commande à accepter pour le moment.").count(), { timeout: 15_000 }).toBe(1)
    await page.getByRole("link", { name: "En préparation" }).click()
    await page.getByRole("link", { name: `Voir le détail ${number}` }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: number }).count(), { timeout: 15_000 }).toBe(1)
    expect(await page.getByRole("table", { name: "Articles à préparer" }).textContent()).toContain(`Banon AOP ${STAMP}`)
    expect(await page.getByRole("button", { name: "Imprimer la fiche de préparation" }).count()).toBe(1)
    await expectNoAxeViolations(page, "order detail")
    await shoot(page, "merchant-order-detail")
    await page.emulateMedia({ media: "print" })
    expect(await page.getByRole("navigation", { name: "Navigation principale" }).isVisible()).toBe(false)
    expect(await page.getByRole("table", { name: "Articles à préparer" }).isVisible()).toBe(true)
    await page.emulateMedia({ media: "screen" })

    await page.getByRole("button", { name: "Marquer prête" }).click()
    await expect.poll(() => page.getByRole("link", { name: "Remettre au client" }).count(), { timeout: 15_000 }).toBe(1)
    await page.getByRole("link", { name: "Remettre au client" }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: `Remise de la commande n° ${order.display_id}` }).count(), { timeout: 15_000 }).toBe(1)

    const wrong = order.pickup_code === "ABCDEF" ? "ABCDEG" : "ABCDEF"
    await page.getByLabel("Code de retrait (6 caractères)").fill(wrong)
    await page.getByRole("button", { name: "Confirmer la remise" }).click()
    await expect.poll(() => page.getByText(/^Encaissez .+ puis cochez la case/).count()).toBe(1)
    await page.getByLabel(/^J'ai encaissé/).check()
    await page.getByRole("button", { name: "Confirmer la remise" }).click()
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Code de retrait incorrect : il reste 4 essais." }).count(), { timeout: 15_000 }).toBe(1)
    await expectNoAxeViolations(page, "handover (wrong code)")
    await shoot(page, "merchant-handover")

    await page.getByLabel("Code de retrait (6 caractères)").fill(order.pickup_code.toLowerCase())
    await page.getByRole("button", { name: "Confirmer la remise" }).click()
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: `Commande n° ${order.display_id} remise au client.` }).count(), { timeout: 20_000 })
      .toBe(1)
    const [pickup] = await sql<{ status: string }>("select status from order_pickup where order_id = $1", [order.id])
    expect(pickup.status).toBe("collected")

    await navigate(page, "Accueil", "Bonjour Inès")
    await expect.poll(() => stateOf(page, "Acceptez les commandes en moins de 2 heures"), { timeout: 15_000 }).toBe("Fait")
  }, JOURNEY_TIMEOUT)

  it("shows the order in the statistics, with a chart and its table", async () => {
    await navigate(page, "Statistiques", "Statistiques")
    const figures = page.getByRole("region", { name: "Chiffres clés" })
    await expect.poll(async () => (await figures.count()) && (await figures.textContent()), { timeout: 15_000 }).toContain("Commandes1")
    expect(await page.getByRole("img", { name: /^Graphique des ventes sur la période/ }).count()).toBe(1)
    expect(await page.getByRole("table", { name: "Commandes et ventes par période" }).locator("tbody tr").count()).toBe(30)
    await expectNoAxeViolations(page, "statistics")
    await shoot(page, "merchant-stats")
  }, JOURNEY_TIMEOUT)

  it("pauses the code checks after 5 wrong codes and says how long to wait", async () => {
    const token = await login("merchant", EMAIL, PASSWORD)
    const line = await stockedVariant(shopId)
    const cart = await shopperCart([{ variantId: line.variantId, quantity: 1 }])
    await chooseSlots(cart, 1)
    const [order] = (await placedCheckout(cart)).orders
    for (const action of ["accept", "ready"]) {
      const { status } = await rawFetch(`/merchant/orders/${order.id}/${action}`, { method: "POST", headers: bearer(token) })
      expect(status).toBe(200)
    }

    await navigate(page, "Remise", "Remise au client")
    await page.getByLabel("Nom du client ou numéro de commande").fill(`${order.display_id}`)
    await page.getByRole("link", { name: new RegExp(`^Commande n° ${order.display_id} – Camille Durand`) }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: `Remise de la commande n° ${order.display_id}` }).count(), { timeout: 15_000 }).toBe(1)
    await page.getByLabel(/^J'ai encaissé/).check()
    const wrong = order.pickup_code === "ABCDEF" ? "ABCDEG" : "ABCDEF"
    for (const left of [4, 3, 2, 1]) {
      await page.getByLabel("Code de retrait (6 caractères)").fill(wrong)
      await page.getByRole("button", { name: "Confirmer la remise" }).click()
      const sentence = left === 1 ? "il reste 1 essai." : `il reste ${left} essais.`
      await expect.poll(() => page.getByRole("alert").filter({ hasText: sentence }).count(), { timeout: 15_000 }).toBe(1)
    }
    await page.getByRole("button", { name: "Confirmer la remise" }).click()
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: "Trop de codes erronés pour cette commande : réessayez dans 15 minutes." }).count(), { timeout: 15_000 })
      .toBe(1)
    await expectNoAxeViolations(page, "handover (locked)")
    const [pickup] = await sql<{ status: string; code_locked_until: Date | null }>("select status, code_locked_until from order_pickup where order_id = $1", [order.id])
    expect(pickup.status).toBe("ready_for_pickup")
    expect(pickup.code_locked_until).not.toBeNull()
  }, JOURNEY_TIMEOUT)

  it("invites a colleague from the team screen", async () => {
    await navigate(page, "Équipe", "Équipe")
    const colleague = `vendeur-${STAMP}@exemple.fr`
    await page.getByLabel("Prénom").fill("Hugo")
    await page.getByLabel("Adresse e-mail").fill(colleague)
    await page.getByRole("button", { name: "Envoyer l'invitation" }).click()
    await expect.poll(() => page.getByRole("status").filter({ hasText: `Invitation envoyée à ${colleague}.` }).count(), { timeout: 15_000 }).toBe(1)
    await expect.poll(() => outbox().filter((mail) => mail.to === colleague && mail.template === "staff-invite").length, { timeout: 15_000 }).toBe(1)
    await expectNoAxeViolations(page, "team")
    await shoot(page, "merchant-team")

    // The colleague follows the e-mailed link, chooses a password and works as staff.
    const mail = outbox().find((m) => m.to === colleague && m.template === "staff-invite")
    const link = new URL(/(http\S+)/.exec(mail?.text ?? "")?.[1] ?? "")
    const staff = await (await browser.newContext({ viewport: PHONE_VIEWPORT })).newPage()
    await staff.goto(`${stack().merchantAdminUrl}${link.pathname}${link.search}`)
    await expect.poll(() => staff.getByRole("heading", { level: 1, name: "Rejoindre l'équipe" }).count()).toBe(1)
    await staff.getByLabel("Mot de passe (10 caractères au moins)").fill(PASSWORD)
    await expectNoAxeViolations(staff, "accept invitation")
    await staff.getByRole("button", { name: "Rejoindre la boutique" }).click()
    await expect.poll(() => staff.getByRole("heading", { level: 1, name: "Bonjour Hugo" }).count(), { timeout: 20_000 }).toBe(1)
    const nav = staff.getByRole("navigation", { name: "Navigation principale" })
    expect(await nav.getByRole("link", { name: "Commandes" }).count()).toBe(1)
    expect(await nav.getByRole("link", { name: "Ma boutique" }).count()).toBe(0)
    await nav.getByRole("link", { name: "Équipe" }).click()
    await expect.poll(() => staff.getByText("Seule la personne responsable peut inviter quelqu'un").count(), { timeout: 15_000 }).toBe(1)
    expect(await staff.getByRole("button", { name: "Envoyer l'invitation" }).count()).toBe(0)
    await staff.context().close()
  }, JOURNEY_TIMEOUT)

  it("resets a forgotten password through the e-mailed link", async () => {
    const visitor = await (await browser.newContext({ viewport: PHONE_VIEWPORT })).newPage()
    await visitor.goto(`${stack().merchantAdminUrl}/connexion`)
    await visitor.getByRole("link", { name: "Mot de passe oublié ?" }).click()
    await expect.poll(() => visitor.getByRole("heading", { level: 1, name: "Mot de passe oublié" }).count()).toBe(1)
    await visitor.getByLabel("Adresse e-mail").fill(EMAIL)
    await visitor.getByRole("button", { name: "Recevoir le lien" }).click()
    await expect.poll(() => visitor.getByRole("status").filter({ hasText: "Si un compte existe à cette adresse" }).count(), { timeout: 15_000 }).toBe(1)
    await expectNoAxeViolations(visitor, "forgotten password")
    await expect.poll(() => outbox().filter((mail) => mail.to === EMAIL && mail.template === "password-reset").length, { timeout: 15_000 }).toBe(1)

    const mail = outbox().find((m) => m.to === EMAIL && m.template === "password-reset")
    const link = new URL(/(http\S+)/.exec(mail?.text ?? "")?.[1] ?? "")
    await visitor.goto(`${stack().merchantAdminUrl}${link.pathname}${link.search}`)
    await expect.poll(() => visitor.getByRole("heading", { level: 1, name: "Nouveau mot de passe" }).count()).toBe(1)
    await visitor.getByLabel("Adresse e-mail").fill(EMAIL)
    await visitor.getByLabel("Mot de passe (10 caractères au moins)").fill("Un-nouveau-mot-de-passe-2")
    await expectNoAxeViolations(visitor, "new password")
    await visitor.getByRole("button", { name: "Enregistrer le mot de passe" }).click()
    await expect.poll(() => visitor.getByRole("status").filter({ hasText: "Mot de passe changé." }).count(), { timeout: 15_000 }).toBe(1)

    await visitor.getByRole("link", { name: "Retour à la connexion" }).click()
    await expect.poll(() => visitor.getByRole("heading", { level: 1, name: "Connexion à votre espace commerçant" }).count()).toBe(1)
    await visitor.getByLabel("Adresse e-mail").fill(EMAIL)
    await visitor.getByLabel("Mot de passe").fill("Un-nouveau-mot-de-passe-2")
    await visitor.getByRole("button", { name: "Se connecter" }).click()
    await expect.poll(() => visitor.getByRole("heading", { level: 1, name: "Bonjour Inès" }).count(), { timeout: 20_000 }).toBe(1)
    await visitor.context().close()
  }, JOURNEY_TIMEOUT)
})
