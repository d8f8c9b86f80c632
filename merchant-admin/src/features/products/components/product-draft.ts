import type { VatCategory } from "@mirashop/contract"
import type { NewProduct } from "../api/products"

/** A variant as typed in the form (numbers still text). */
export interface VariantDraft {
  title: string
  price: string
  stock: string
}

/** The product form's state. */
export interface ProductDraft {
  title: string
  description: string
  vat_category: VatCategory
  category_ids: string[]
  publish: boolean
  variants: VariantDraft[]
}

/** Keys of the translated messages a draft can fail with. */
export type DraftError = "titleShort" | "priceInvalid" | "stockInvalid" | "variantTitle" | "variantDuplicate"

/** Where a draft is wrong: `title`, or `variants.<index>.<field>`. */
export type DraftErrors = Record<string, DraftError>

export const EMPTY_VARIANT: VariantDraft = { title: "", price: "", stock: "0" }

export function emptyDraft(): ProductDraft {
  return { title: "", description: "", vat_category: "standard", category_ids: [], publish: false, variants: [{ ...EMPTY_VARIANT, title: "Unique" }] }
}

/** Reads a price in euros typed "2,80" or "2.80": positive, at most 2 decimals, VAT included. */
export function parsePrice(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,6}([.,]\d{1,2})?$/.test(trimmed)) return null
  const value = Number(trimmed.replace(",", "."))
  return value > 0 && value <= 100_000 ? value : null
}

/** Reads a whole, non-negative stock count. */
export function parseStock(text: string): number | null {
  return /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null
}

/** Checks a draft the way the backend will, so mistakes are shown next to their field. */
export function validateDraft(draft: ProductDraft): DraftErrors {
  const errors: DraftErrors = {}
  if (draft.title.trim().length < 2) errors.title = "titleShort"
  const seen = new Set<string>()
  draft.variants.forEach((variant, index) => {
    const name = variant.title.trim().toLowerCase()
    if (!name) errors[`variants.${index}.title`] = "variantTitle"
    else if (seen.has(name)) errors[`variants.${index}.title`] = "variantDuplicate"
    seen.add(name)
    if (parsePrice(variant.price) === null) errors[`variants.${index}.price`] = "priceInvalid"
    if (parseStock(variant.stock) === null) errors[`variants.${index}.stock`] = "stockInvalid"
  })
  return errors
}

/** The request body of a valid draft. */
export function toNewProduct(draft: ProductDraft): NewProduct {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    status: draft.publish ? "published" : "draft",
    vat_category: draft.vat_category,
    category_ids: draft.category_ids,
    variants: draft.variants.map((variant) => ({
      title: variant.title.trim(),
      price: parsePrice(variant.price) ?? 0,
      stock: parseStock(variant.stock) ?? 0,
    })),
  }
}
