import { z } from "@medusajs/framework/zod"
import { isValidSiret, normalizeSiret, validateWeeklyHours, WEEKDAYS } from "@mirashop/domain"

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure attendue au format HH:MM.")
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Date attendue au format AAAA-MM-JJ.")
const range = z.object({ open: clock, close: clock }).strict()

const weeklyHours = z
  .object(Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, z.array(range).max(4)])) as Record<
    (typeof WEEKDAYS)[number],
    z.ZodArray<typeof range>
  >)
  .strict()
  .superRefine((hours, ctx) => {
    for (const message of validateWeeklyHours(hours)) ctx.addIssue({ code: "custom", message })
  })

const closure = z
  .object({ from: day, to: day, reason: z.string().trim().max(120).optional() })
  .strict()
  .refine((c) => c.from <= c.to, "La fin d'une fermeture doit suivre son début.")

/** Fields only the owner may change: the shop's identity and how it gets paid. */
export const OWNER_ONLY_FIELDS = ["name", "siret", "email", "logo_url", "accepts_pay_at_pickup", "accepts_online_payment"] as const

/** Why staff are refused an owner-only change. */
export const OWNER_ONLY_MESSAGE =
  "Seul le ou la responsable de la boutique peut modifier son identité (nom, SIRET, e-mail, logo) ou ses moyens de paiement."

/** Body of `POST /merchant/shop`: profile, hours, closures and pickup settings (never status or ids). */
export const MerchantUpdateShop = z
  .object({
    name: z.string().trim().min(2).max(120),
    siret: z
      .string()
      .trim()
      .max(20)
      .refine((value) => isValidSiret(value), "Ce numéro SIRET n'est pas valide.")
      .transform(normalizeSiret),
    email: z.string().trim().email("Adresse e-mail invalide.").max(200),
    description: z.string().trim().max(4000),
    phone: z.string().trim().max(30),
    address_line1: z.string().trim().max(200),
    postal_code: z.string().trim().regex(/^\d{5}$/, "Le code postal doit avoir 5 chiffres."),
    city: z.string().trim().min(1).max(100),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    logo_url: z.string().trim().url().max(2000).nullable(),
    pickup_instructions: z.string().trim().max(1000),
    preparation_minutes: z.number().int().min(0).max(7 * 24 * 60),
    slot_minutes: z.number().int().min(10).max(240),
    slot_capacity: z.number().int().min(1).max(100),
    no_show_days: z.number().int().min(1).max(30),
    opening_hours: weeklyHours,
    closures: z.array(closure).max(100),
    accepts_pay_at_pickup: z.boolean(),
    accepts_online_payment: z.boolean(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Rien à modifier.")
export type MerchantUpdateShopType = z.infer<typeof MerchantUpdateShop>
