import { z } from "@medusajs/framework/zod"

/** Query of `GET /merchant/inventory`. */
export const MerchantListInventoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type MerchantListInventoryQueryType = z.infer<typeof MerchantListInventoryQuery>

/** Body of `POST /merchant/inventory/:inventory_item_id`: the new count on the shelf. */
export const MerchantUpdateStock = z
  .object({
    stocked_quantity: z.number().int().min(0, "Le stock ne peut pas être négatif.").max(1_000_000),
    reason: z.string().trim().max(200).optional(),
  })
  .strict()
export type MerchantUpdateStockType = z.infer<typeof MerchantUpdateStock>
