import { z } from "@medusajs/framework/zod"

/** Body of `POST /merchant/users`: the colleague an owner invites. */
export const MerchantInviteStaff = z
  .object({
    email: z.string().trim().toLowerCase().email("Adresse e-mail invalide.").max(200),
    first_name: z.string().trim().min(1, "Indiquez le prénom.").max(80),
    last_name: z.string().trim().max(80).default(""),
  })
  .strict()
export type MerchantInviteStaffType = z.infer<typeof MerchantInviteStaff>

/** Body of `POST /merchant/invites/accept`. */
export const MerchantAcceptInvite = z.object({ token: z.string().min(10).max(2000) }).strict()
export type MerchantAcceptInviteType = z.infer<typeof MerchantAcceptInvite>
