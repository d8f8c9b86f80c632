import { z } from "@medusajs/framework/zod"

/** Body of `POST /merchant/orders/:id/collect`: the code the shopper gives, typed or scanned. */
export const MerchantCollectOrder = z.object({ code: z.string().trim().min(1, "Saisissez le code de retrait.").max(32) }).strict()
export type MerchantCollectOrderType = z.infer<typeof MerchantCollectOrder>
