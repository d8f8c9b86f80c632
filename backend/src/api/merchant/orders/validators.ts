import { z } from "@medusajs/framework/zod"

/** Query of `GET /merchant/orders`. */
export const MerchantListOrdersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type MerchantListOrdersQueryType = z.infer<typeof MerchantListOrdersQuery>
