import { mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import type { Browser } from "playwright-core"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { expectNoAxeViolations } from "../../support/axe"
import { browserAvailable, launchBrowser } from "../../support/browser"
import { sql } from "../../support/clients"
import { PHONE_VIEWPORT, signInToMerchantAdmin } from "../../support/merchant-admin"

/** A whole journey with several axe runs; the shared machine can be slow. */
const JOURNEY_TIMEOUT = 240_000
const SCREENSHOTS = path.join(import.meta.dirname, "..", "screenshots")
const TITLE = `Bouquet champêtre ${Date.now()}`

describe.runIf(browserAvailable())("merchant admin: the florist adds a product with a photo and corrects its stock", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SCREENSHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("creates a published product with a photo; it appears in the product list", async () => {
    const page = await signInToMerchantAdmin(browser, "fleuriste@mirashop.local", "Miramas2026!")
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Produits" }).click()
    await page.getByRole("link", { name: "Ajouter un produit" }).click()
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Nouveau produit" }).count()).toBe(1)

    await page.getByRole("button", { name: "Créer le produit" }).click()
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Certains champs sont à corriger" }).count()).toBe(1)

    await page.getByLabel("Nom du produit").fill(TITLE)
    await page.getByLabel("Description", { exact: true }).fill("Fleurs de saison cueillies à Miramas, liées à la main, emballage kraft recyclé.")
    await page.getByLabel("Prix TTC (€)").fill("24,50")
    await page.getByLabel("Stock en rayon", { exact: true }).fill("6")
    await page.getByLabel("Mettre en ligne dès l'enregistrement").check()
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#8e44ad" } }).png().toBuffer()
    await page.getByLabel("Ajouter des photos").setInputFiles({ name: "bouquet.png", mimeType: "image/png", buffer: png })
    await expect.poll(() => page.getByRole("list", { name: "Photos choisies" }).textContent()).toContain("bouquet.png")
    await expectNoAxeViolations(page, "new product")
    await page.getByRole("button", { name: "Créer le produit" }).click()

    await expect.poll(() => page.getByRole("heading", { level: 1, name: TITLE }).count(), { timeout: 20_000 }).toBe(1)
    await expect.poll(() => page.getByRole("img", { name: `${TITLE}, photo 1` }).count(), { timeout: 15_000 }).toBe(1)
    expect(await page.getByRole("img", { name: `${TITLE}, photo 1` }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
    await expectNoAxeViolations(page, "edit product")

    const [product] = await sql<{ status: string; thumbnail: string }>("select status, thumbnail from product where title = $1", [TITLE])
    expect(product.status).toBe("published")
    expect(product.thumbnail).toMatch(/\.webp$/)

    await page.getByRole("link", { name: "Retour aux produits" }).click()
    await page.getByLabel("Rechercher un produit").fill("champêtre")
    await page.getByRole("button", { name: "Rechercher" }).click()
    await expect.poll(() => page.getByRole("rowheader", { name: TITLE }).count(), { timeout: 15_000 }).toBe(1)
    await expectNoAxeViolations(page, "product list")
    await page.context().close()
  }, JOURNEY_TIMEOUT)

  it("imports products from a CSV: preview with per-line errors, progress, error report", async () => {
    const page = await signInToMerchantAdmin(browser, "fleuriste@mirashop.local", "Miramas2026!")
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Produits" }).click()
    await page.getByRole("link", { name: "Importer un fichier CSV" }).click()
    const csv = [
      "titre;description;prix;stock;tva;statut",
      `Rose rouge ${Date.now()};Rose à l'unité, tige longue;3,50;40;20;en ligne`,
      `Orchidée blanche ${Date.now()};En pot de 12 cm;29;5;10;en ligne`,
      ";sans titre;4;1;20;brouillon",
      `Cactus ${Date.now()};Petit cactus;douze;3;20;en ligne`,
      `Carte message ${Date.now()};Carte et enveloppe;2;100;20;en ligne`,
    ].join("\n")
    await page.getByLabel("Fichier CSV de produits").setInputFiles({ name: "produits.csv", mimeType: "text/csv", buffer: Buffer.from(csv) })
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "3 ligne(s) prête(s) à importer, 2 ligne(s) à corriger." }).count())
      .toBe(1)
    expect(await page.getByRole("row", { name: /^5 Cactus/ }).textContent()).toContain("Saisissez un prix positif")
    await expectNoAxeViolations(page, "CSV import preview")

    await page.getByRole("button", { name: "Importer 3 produits" }).click()
    await expect.poll(() => page.getByText("Import terminé : 3 produit(s) créé(s), 2 ligne(s) en erreur.").count(), { timeout: 30_000 }).toBe(1)
    expect(await page.getByRole("progressbar", { name: "Progression de l'import" }).getAttribute("aria-valuenow")).toBe("100")
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le rapport d'erreurs" }).click()])
    const report = readFileSync(await download.path(), "utf8")
    expect(report).toContain("ligne;titre;erreur")
    expect(report).toMatch(/\r\n4;;Le nom doit compter au moins 2 caractères\./)
    expect(report).toMatch(/\r\n5;Cactus \d+;Saisissez un prix positif/)
    const imported = await sql<{ title: string }>("select title from product where title like 'Rose rouge %' or title like 'Carte message %'")
    expect(imported).toHaveLength(2)
    await page.context().close()
  }, JOURNEY_TIMEOUT)

  it("edits the stock from the stock table on a phone; low stock is flagged", async () => {
    const page = await signInToMerchantAdmin(browser, "fleuriste@mirashop.local", "Miramas2026!", PHONE_VIEWPORT)
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Stock" }).click()
    await page.getByLabel("Rechercher un produit ou une référence").fill(TITLE)
    const input = page.getByLabel(new RegExp(`^Stock en rayon : ${TITLE}`))
    await expect.poll(() => input.count(), { timeout: 15_000 }).toBe(1)
    expect(await input.inputValue()).toBe("6")

    await input.fill("2")
    await input.press("Enter")
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Enregistré." }).count(), { timeout: 15_000 }).toBe(1)
    await expect.poll(() => page.getByRole("row", { name: new RegExp(TITLE) }).textContent()).toContain("Stock bas")
    await expectNoAxeViolations(page, "stock")
    await page.screenshot({ path: path.join(SCREENSHOTS, "merchant-stock-360.png"), fullPage: true })

    const [level] = await sql<{ stocked_quantity: number }>(
      `select il.stocked_quantity from inventory_level il
       join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id
       join product_variant pv on pv.id = pvi.variant_id
       join product p on p.id = pv.product_id where p.title = $1`,
      [TITLE]
    )
    expect(Number(level.stocked_quantity)).toBe(2)
    await page.context().close()
  }, JOURNEY_TIMEOUT)
})
