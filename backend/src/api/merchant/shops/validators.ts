import { z } from "@medusajs/framework/zod"
import { TRADES } from "@mirashop/contract"
import { isValidSiret, normalizeSiret } from "@mirashop/domain"

/** Body of `POST /merchant/shops`: what a shopkeeper gives to open a shop (the rest comes in onboarding). */
export const MerchantCreateShop = z
  .object({
    name: z.string().trim().min(2, "Le nom de la boutique est trop court.").max(120),
    trade: z.enum(TRADES, { message: "Choisissez un métier dans la liste." }),
    siret: z
      .string()
      .trim()
      .max(20)
      .optional()
      .refine((value) => !value || isValidSiret(value), "Ce numéro SIRET n'est pas valide.")
      .transform((value) => (value ? normalizeSiret(value) : null)),
    phone: z.string().trim().max(30).optional(),
    address_line1: z.string().trim().max(200).optional(),
    postal_code: z
      .string()
      .trim()
      .regex(/^\d{5}$/, "Le code postal doit avoir 5 chiffres.")
      .optional(),
    city: z.string().trim().max(100).optional(),
    owner: z
      .object({
        first_name: z.string().trim().min(1, "Indiquez votre prénom.").max(80),
        last_name: z.string().trim().min(1, "Indiquez votre nom.").max(80),
      })
      .strict(),
  })
  .strict()
export type MerchantCreateShopType = z.infer<typeof MerchantCreateShop>
