import { model } from "@medusajs/framework/utils"

/**
 * The storefront banner of a city campaign (a campaign of Medusa's Promotion module, by id): shown
 * on the home page between the campaign's own start and end dates.
 */
const CampaignBanner = model.define("campaign_banner", {
  id: model.id({ prefix: "cban" }).primaryKey(),
  campaign_id: model.text().unique(),
  title: model.text(),
  text: model.text(),
  image_url: model.text().nullable(),
  image_alt: model.text().default(""),
  link: model.text().nullable(),
})

export default CampaignBanner
