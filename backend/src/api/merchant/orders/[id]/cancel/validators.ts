import { z } from "@medusajs/framework/zod"

/** Body of `POST /merchant/orders/:id/cancel`: why, in a sentence the shopper will read. */
export const MerchantCancelOrder = z
  .object({ reason: z.string().trim().min(3, "Expliquez en quelques mots pourquoi.").max(500) })
  .strict()
export type MerchantCancelOrderType = z.infer<typeof MerchantCancelOrder>
