import type { MerchantProduct } from "@mirashop/contract"
import { describe, expect, it } from "vitest"
import { parseCsv } from "@/lib/csv"
import { errorReport, productsToCsv, readImportFile } from "./product-csv"

describe("product CSV", () => {
  it("parses semicolons, commas, quotes and line breaks inside quotes", () => {
    expect(parseCsv('a;b\r\n"x; ""y""";"deux\nlignes"\r\n\r\n')).toEqual([
      ["a", "b"],
      ['x; "y"', "deux\nlignes"],
    ])
    expect(parseCsv("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]])
  })

  it("checks every line and reports each error with its line number", () => {
    const file = [
      "titre;description;prix;stock;tva;statut",
      "Tapenade noire;Olives de Nyons;5,90;12;5,5;en ligne",
      "X;;abc;3;20;brouillon",
      "Huile d'olive;;14;-1;7;vendu",
    ].join("\n")
    const { rows, missingColumns } = readImportFile(file)
    expect(missingColumns).toEqual([])
    expect(rows[0]).toMatchObject({
      line: 2,
      errors: [],
      product: { title: "Tapenade noire", status: "published", vat_category: "reduced", variants: [{ title: "Unique", price: 5.9, stock: 12 }] },
    })
    expect(rows[1]).toMatchObject({ line: 3, product: null, errors: ["titleShort", "priceInvalid"] })
    expect(rows[2]).toMatchObject({ line: 4, errors: ["stockInvalid", "vatInvalid", "statusInvalid"] })
  })

  it("refuses a file without the title, price and stock columns", () => {
    expect(readImportFile("nom;prix\nPain;1").missingColumns).toEqual(["titre", "stock"])
  })

  it("exports one line per variant that reads back as the same products", () => {
    const variant = (title: string, price: number, stock: number) => ({
      id: `variant_${title}`,
      title,
      sku: null,
      price,
      inventory_item_id: null,
      stocked_quantity: stock,
      available_quantity: stock,
    })
    const product: MerchantProduct = {
      id: "prod_1",
      title: "Fougasse",
      handle: "fougasse",
      description: "Aux olives; cuite au feu de bois",
      status: "published",
      thumbnail: null,
      images: [],
      vat_category: "reduced",
      category_ids: [],
      variants: [variant("Individuelle", 2.8, 20), variant("Familiale", 7.5, 6)],
      created_at: "2026-11-28T10:00:00.000Z",
      updated_at: "2026-11-28T10:00:00.000Z",
    }
    const csv = productsToCsv([product])
    expect(csv.startsWith("\uFEFFtitre;description;declinaison;prix;stock;tva;statut\r\n")).toBe(true)
    const { rows } = readImportFile(csv)
    expect(rows.map((row) => row.product?.variants[0])).toEqual([
      { title: "Individuelle", price: 2.8, stock: 20 },
      { title: "Familiale", price: 7.5, stock: 6 },
    ])
    expect(rows[0].product?.description).toBe("Aux olives; cuite au feu de bois")
  })

  it("writes an error report a spreadsheet opens", () => {
    expect(errorReport([{ line: 3, title: "X", reason: "Prix invalide" }])).toBe("\uFEFFligne;titre;erreur\r\n3;X;Prix invalide\r\n")
  })
})
