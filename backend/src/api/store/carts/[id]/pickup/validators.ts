import { z } from "@medusajs/framework/zod"

/** Body of `POST /store/carts/:id/pickup`: one chosen slot per shop of the cart. */
export const StoreSetPickupSlots = z
  .object({
    slots: z
      .array(
        z
          .object({
            shop_id: z.string().trim().min(1).max(64),
            start: z.string().datetime({ offset: true, message: "Créneau attendu au format date-heure ISO." }),
          })
          .strict()
      )
      .min(1, "Choisissez au moins un créneau.")
      .max(20),
  })
  .strict()
export type StoreSetPickupSlotsType = z.infer<typeof StoreSetPickupSlots>
