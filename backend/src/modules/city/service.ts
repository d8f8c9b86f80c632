import { MedusaService } from "@medusajs/framework/utils"
import CampaignBanner from "./models/campaign-banner"

/** The city's own data next to Medusa's campaigns: their storefront banners. */
export default class CityModuleService extends MedusaService({ CampaignBanner }) {}
