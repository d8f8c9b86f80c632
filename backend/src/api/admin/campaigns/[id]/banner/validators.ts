import { z } from "@medusajs/framework/zod"

/** A storefront path (`/recherche?campagne=noel`): never another site, never `//host`. */
const storefrontPath = z
  .string()
  .trim()
  .max(300)
  .regex(/^\/(?!\/)[^\s\\]*$/, "Le lien doit être un chemin du site, par exemple /recherche?campagne=noel.")

/** Body of `POST /admin/campaigns/:id/banner`. */
export const AdminSaveCampaignBanner = z
  .object({
    title: z.string().trim().min(3, "Donnez un titre d'au moins 3 caractères.").max(80, "Le titre tient en 80 caractères."),
    text: z.string().trim().min(1, "Écrivez le texte de la bannière.").max(280, "Le texte tient en 280 caractères."),
    image_url: z
      .string()
      .trim()
      .regex(/^\/static\/[\w./-]+$/, "L'image doit être un fichier déposé sur Mirashop (/static/…).")
      .nullable()
      .default(null),
    image_alt: z.string().trim().max(200, "Le texte alternatif tient en 200 caractères.").default(""),
    link: storefrontPath.nullable().default(null),
  })
  .strict()
export type AdminSaveCampaignBannerType = z.infer<typeof AdminSaveCampaignBanner>
