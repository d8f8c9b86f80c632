import { z } from "@medusajs/framework/zod"

/** Body of `POST /store/carts/:id/checkout`. */
export const StoreCheckout = z
  .object({
    payment_mode: z.enum(["pay_at_pickup", "card"], { message: "Choisissez « pay_at_pickup » ou « card »." }),
  })
  .strict()
export type StoreCheckoutType = z.infer<typeof StoreCheckout>
