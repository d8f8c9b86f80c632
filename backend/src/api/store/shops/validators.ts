import { z } from "@medusajs/framework/zod"
import { TRADES } from "@mirashop/contract"

/** Query of `GET /store/shops`. */
export const StoreListShopsQuery = z.object({
  trade: z.enum(TRADES).optional(),
  open_now: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => value === "true"),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
})
export type StoreListShopsQueryType = z.infer<typeof StoreListShopsQuery>

/** Query of `GET /store/shops/:handle` (pagination of the shop's products). */
export const StoreGetShopQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(24),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
})
export type StoreGetShopQueryType = z.infer<typeof StoreGetShopQuery>
