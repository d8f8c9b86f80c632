import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { saveCampaignBanner } from "../../lib/campaign-banners"

const DAY = 24 * 3600 * 1000

/** A running demo campaign of the city with its storefront banner, dated around the day of the seed. */
export async function seedCampaigns(container: MedusaContainer, now = new Date()): Promise<void> {
  const promotions = container.resolve(Modules.PROMOTION)
  const [campaign] = await promotions.createCampaigns([
    {
      name: "Le commerce de Miramas à portée de clic",
      campaign_identifier: "demo-miramas-a-portee-de-clic",
      description: "Campagne de lancement de Mirashop par la ville de Miramas.",
      starts_at: new Date(now.getTime() - DAY),
      ends_at: new Date(now.getTime() + 60 * DAY),
    },
  ])
  await saveCampaignBanner(container, campaign.id, {
    title: "Vos commerçants de Miramas, à portée de clic",
    text: "Commandez chez plusieurs boutiques du centre-ville en une fois, retirez en magasin au créneau de votre choix.",
    image_url: null,
    image_alt: "",
    link: "/boutiques",
  })
}
