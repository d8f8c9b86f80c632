import { z } from "@medusajs/framework/zod"

/** Query of `GET /store/checkouts`. */
export const StoreListCheckoutsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
})
export type StoreListCheckoutsQueryType = z.infer<typeof StoreListCheckoutsQuery>
