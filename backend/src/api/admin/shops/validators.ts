import { z } from "@medusajs/framework/zod"

/** Query of `GET /admin/shops`. */
export const AdminListShopsQuery = z.object({
  status: z.enum(["pending", "approved", "suspended"]).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
})
export type AdminListShopsQueryType = z.infer<typeof AdminListShopsQuery>

/** Body of `POST /admin/shops/:id/suspend`: the reason is told to the merchant. */
export const AdminSuspendShop = z
  .object({ reason: z.string().trim().min(3, "Indiquez le motif de la suspension.").max(500) })
  .strict()
export type AdminSuspendShopType = z.infer<typeof AdminSuspendShop>
