import { z } from "@medusajs/framework/zod"

/** Body of `POST /merchant/me`: the caller's own name (e-mail and role are not theirs to change here). */
export const MerchantUpdateMe = z
  .object({
    first_name: z.string().trim().min(1, "Indiquez votre prénom.").max(80),
    last_name: z.string().trim().max(80),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Rien à modifier.")
export type MerchantUpdateMeType = z.infer<typeof MerchantUpdateMe>
