import { z } from "@medusajs/framework/zod"

/** Body of `POST /store/carts/:id/checkout`. */
export const StoreCheckout = z
  .object({
    payment_mode: z.enum(["pay_at_pickup", "card"], { message: "Choisissez « pay_at_pickup » ou « card »." }),
    /** Card, first attempt: the payment method Stripe.js created (`pm_…`). */
    payment_method: z.string().regex(/^pm_\w+$/, { message: "Moyen de paiement invalide." }).max(255).optional(),
    /** Card, after 3-D Secure: the PaymentIntent the first attempt returned. */
    payment_intent_id: z.string().regex(/^pi_\w+$/, { message: "Paiement invalide." }).max(255).optional(),
  })
  .strict()
export type StoreCheckoutType = z.infer<typeof StoreCheckout>
