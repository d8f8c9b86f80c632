import type { MerchantProduct, VatCategory } from "@mirashop/contract"
import type { NewProduct } from "../api/products"
import { parseCsv, toCsv } from "@/lib/csv"
import { type DraftError, toNewProduct, validateDraft } from "./product-draft"

/** Columns of the product CSV, in French like the spreadsheets merchants keep. */
export const CSV_COLUMNS = ["titre", "description", "declinaison", "prix", "stock", "tva", "statut"] as const

const VAT_BY_RATE: Record<string, VatCategory> = { "20": "standard", "10": "intermediate", "5,5": "reduced", "5.5": "reduced" }
const RATE_BY_VAT: Record<VatCategory, string> = { standard: "20", intermediate: "10", reduced: "5,5" }

/** Why a CSV line cannot be imported. */
export type RowError = DraftError | "vatInvalid" | "statusInvalid"

/** One line of an import file, checked. */
export interface ImportRow {
  /** Line number in the file (the header is line 1). */
  line: number
  title: string
  product: NewProduct | null
  errors: RowError[]
}

/** Reads an import file into checked rows; a file without the needed columns is one error. */
export function readImportFile(text: string): { rows: ImportRow[]; missingColumns: string[] } {
  const [header = [], ...lines] = parseCsv(text)
  const names = header.map((name) => name.trim().toLowerCase())
  const missingColumns = ["titre", "prix", "stock"].filter((column) => !names.includes(column))
  if (missingColumns.length) return { rows: [], missingColumns }
  const cell = (cells: string[], column: (typeof CSV_COLUMNS)[number]) => {
    const index = names.indexOf(column)
    return index === -1 ? "" : (cells[index] ?? "").trim()
  }
  const rows = lines.map((cells, index): ImportRow => {
    const rate = cell(cells, "tva") || "20"
    const status = cell(cells, "statut").toLowerCase() || "brouillon"
    const draft = {
      title: cell(cells, "titre"),
      description: cell(cells, "description"),
      vat_category: VAT_BY_RATE[rate.replace(/\s*%$/, "")] ?? "standard",
      category_ids: [],
      publish: status === "en ligne" || status === "publie" || status === "publié",
      variants: [{ title: cell(cells, "declinaison") || "Unique", price: cell(cells, "prix"), stock: cell(cells, "stock") }],
    }
    const errors: RowError[] = [...new Set(Object.values(validateDraft(draft)))]
    if (!VAT_BY_RATE[rate.replace(/\s*%$/, "")]) errors.push("vatInvalid")
    if (!["brouillon", "en ligne", "publie", "publié"].includes(status)) errors.push("statusInvalid")
    return { line: index + 2, title: draft.title, product: errors.length ? null : toNewProduct(draft), errors }
  })
  return { rows, missingColumns }
}

/** The catalogue as CSV, one line per variant, in the import format (so it can be edited and re-imported). */
export function productsToCsv(products: MerchantProduct[]): string {
  const lines = products.flatMap((product) =>
    product.variants.map((variant) => [
      product.title,
      product.description,
      variant.title,
      variant.price === null ? "" : String(variant.price).replace(".", ","),
      variant.stocked_quantity,
      RATE_BY_VAT[product.vat_category ?? "standard"],
      product.status === "published" ? "en ligne" : "brouillon",
    ])
  )
  return toCsv([[...CSV_COLUMNS], ...lines])
}

/** A CSV of the lines that failed, with the reason in words, to fix and import again. */
export function errorReport(failures: { line: number; title: string; reason: string }[]): string {
  return toCsv([["ligne", "titre", "erreur"], ...failures.map((failure) => [failure.line, failure.title, failure.reason])])
}
