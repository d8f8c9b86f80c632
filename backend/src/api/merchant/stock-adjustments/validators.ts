import { z } from "@medusajs/framework/zod"

/** Body of `POST /merchant/stock-adjustments`. */
export const MerchantAdjustStock = z
  .object({
    // refine, not min(): Medusa rewrites the messages of size checks into English.
    reason: z
      .string()
      .trim()
      .max(200)
      .refine((reason) => reason.length >= 2, "Indiquez le motif de l'ajustement, par exemple « livraison » ou « casse »."),
    adjustments: z
      .array(
        z
          .object({
            inventory_item_id: z.string().min(1),
            delta: z.number().int("Les quantités sont des nombres entiers.").min(-100_000).max(100_000).refine((delta) => delta !== 0, "Un ajustement de 0 ne change rien."),
          })
          .strict()
      )
      .max(500)
      .refine((lines) => lines.length > 0, "Choisissez au moins un article à ajuster.")
      .refine((lines) => new Set(lines.map((line) => line.inventory_item_id)).size === lines.length, "Un article apparaît deux fois dans l'ajustement."),
  })
  .strict()
export type MerchantAdjustStockType = z.infer<typeof MerchantAdjustStock>

/** Query of `GET /merchant/stock-adjustments`. */
export const MerchantStockJournalQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type MerchantStockJournalQueryType = z.infer<typeof MerchantStockJournalQuery>
