import { z } from "@medusajs/framework/zod"
import { TRADES } from "@mirashop/contract"

const euros = z.coerce.number().min(0).max(100_000)

/** Query of `GET /store/catalog`. */
export const StoreCatalogQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    shop: z.string().trim().min(1).max(100).optional(),
    trade: z.enum(TRADES).optional(),
    category: z.string().trim().min(1).max(100).optional(),
    in_stock: z
      .enum(["true", "false"])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === "true")),
    price_min: euros.optional(),
    price_max: euros.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .refine((query) => query.price_min === undefined || query.price_max === undefined || query.price_min <= query.price_max, {
    message: "Le prix minimum doit être inférieur ou égal au prix maximum.",
    path: ["price_min"],
  })
export type StoreCatalogQueryType = z.infer<typeof StoreCatalogQuery>
