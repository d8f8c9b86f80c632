import { z } from "@medusajs/framework/zod"

const PICKUP_STATUSES = ["placed", "accepted", "ready_for_pickup", "collected", "cancelled", "no_show"] as const

/** Query of `GET /merchant/orders`; `pickup_status` keeps the orders in one or several lifecycle states ("placed,accepted"). */
export const MerchantListOrdersQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  pickup_status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").map((status) => status.trim()) : undefined))
    .pipe(z.array(z.enum(PICKUP_STATUSES)).optional()),
})
export type MerchantListOrdersQueryType = z.infer<typeof MerchantListOrdersQuery>
