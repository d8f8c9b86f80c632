import { z } from "@medusajs/framework/zod"

const price = z.number().positive("Le prix doit être positif.").max(100_000).multipleOf(0.01, "Au plus 2 décimales.")
const stock = z.number().int().min(0).max(1_000_000)
const title = z.string().trim().min(2, "Le nom du produit est trop court.").max(200)

/** The three French VAT categories a product can fall in. */
export const VAT_CATEGORIES = ["standard", "intermediate", "reduced"] as const

const variant = z
  .object({
    title: z.string().trim().min(1).max(120),
    sku: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/, "Référence : lettres, chiffres, . _ - uniquement.").optional(),
    price,
    stock,
  })
  .strict()

/** Body of `POST /merchant/products`. */
export const MerchantCreateProduct = z
  .object({
    title,
    description: z.string().trim().max(5000).default(""),
    status: z.enum(["draft", "published"]).default("draft"),
    vat_category: z.enum(VAT_CATEGORIES).default("standard"),
    category_ids: z.array(z.string().trim().min(1).max(64)).max(5).default([]),
    option_title: z.string().trim().min(1).max(60).default("Format"),
    variants: z.array(variant).min(1, "Ajoutez au moins une déclinaison.").max(50),
  })
  .strict()
  .refine(
    (body) => new Set(body.variants.map((v) => v.title.toLowerCase())).size === body.variants.length,
    "Deux déclinaisons ne peuvent pas porter le même nom."
  )
export type MerchantCreateProductType = z.infer<typeof MerchantCreateProduct>

/** Body of `POST /merchant/products/:id`. */
export const MerchantUpdateProduct = z
  .object({
    title,
    description: z.string().trim().max(5000),
    status: z.enum(["draft", "published"]),
    vat_category: z.enum(VAT_CATEGORIES),
    category_ids: z.array(z.string().trim().min(1).max(64)).max(5),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Rien à modifier.")
export type MerchantUpdateProductType = z.infer<typeof MerchantUpdateProduct>

/** Query of `GET /merchant/products`. */
export const MerchantListProductsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(["draft", "published"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type MerchantListProductsQueryType = z.infer<typeof MerchantListProductsQuery>

/** Body of `POST /merchant/products/:id/variants`. */
export const MerchantCreateVariant = variant
export type MerchantCreateVariantType = z.infer<typeof MerchantCreateVariant>

/** Body of `POST /merchant/products/:id/variants/:variant_id` (stock is edited in /merchant/inventory). */
export const MerchantUpdateVariant = z
  .object({ title: z.string().trim().min(1).max(120), price })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Rien à modifier.")
export type MerchantUpdateVariantType = z.infer<typeof MerchantUpdateVariant>
