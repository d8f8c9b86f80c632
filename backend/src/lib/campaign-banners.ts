import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { CampaignBanner } from "@mirashop/contract"
import { CITY_MODULE } from "../modules/city"
import type CityModuleService from "../modules/city/service"

/** What the city writes for a banner; its dates are the campaign's. */
export interface CampaignBannerInput {
  title: string
  text: string
  image_url: string | null
  image_alt: string
  link: string | null
}

interface CampaignDates {
  id: string
  starts_at: Date | string | null
  ends_at: Date | string | null
}

interface BannerRow extends CampaignBannerInput {
  id: string
  campaign_id: string
}

const iso = (value: Date | string) => new Date(value).toISOString()

function toBanner(row: BannerRow, campaign: CampaignDates): CampaignBanner | null {
  if (!campaign.starts_at || !campaign.ends_at) return null
  return {
    campaign_id: row.campaign_id,
    title: row.title,
    text: row.text,
    image_url: row.image_url,
    image_alt: row.image_alt,
    link: row.link,
    starts_at: iso(campaign.starts_at),
    ends_at: iso(campaign.ends_at),
  }
}

/** A campaign of the Promotion module, or a French 404. */
async function campaignOf(container: MedusaContainer, campaignId: string): Promise<CampaignDates> {
  const promotions = container.resolve(Modules.PROMOTION)
  const [campaign] = await promotions.listCampaigns({ id: [campaignId] }, { select: ["id", "starts_at", "ends_at"] })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette campagne n'existe pas.")
  return campaign as CampaignDates
}

/** The banner of one campaign, or null when it has none. */
export async function readCampaignBanner(container: MedusaContainer, campaignId: string): Promise<CampaignBanner | null> {
  const campaign = await campaignOf(container, campaignId)
  const city = container.resolve<CityModuleService>(CITY_MODULE)
  const [row] = (await city.listCampaignBanners({ campaign_id: campaignId })) as BannerRow[]
  return row ? toBanner(row, campaign) : null
}

/** Creates or replaces a campaign's banner. The campaign must have a start and an end: the banner shows between them. */
export async function saveCampaignBanner(container: MedusaContainer, campaignId: string, input: CampaignBannerInput): Promise<CampaignBanner> {
  const campaign = await campaignOf(container, campaignId)
  if (!campaign.starts_at || !campaign.ends_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Donnez d'abord une date de début et une date de fin à la campagne : la bannière s'affiche entre les deux.")
  }
  const city = container.resolve<CityModuleService>(CITY_MODULE)
  const [existing] = (await city.listCampaignBanners({ campaign_id: campaignId })) as BannerRow[]
  const row = (existing
    ? await city.updateCampaignBanners({ id: existing.id, ...input })
    : await city.createCampaignBanners({ campaign_id: campaignId, ...input })) as BannerRow
  return toBanner(row, campaign) as CampaignBanner
}

/** Removes a campaign's banner (nothing happens when it has none). */
export async function deleteCampaignBanner(container: MedusaContainer, campaignId: string): Promise<void> {
  await campaignOf(container, campaignId)
  const city = container.resolve<CityModuleService>(CITY_MODULE)
  const rows = (await city.listCampaignBanners({ campaign_id: campaignId })) as BannerRow[]
  if (rows.length) await city.deleteCampaignBanners(rows.map((row) => row.id))
}

/** The banners of the campaigns running at `now`, soonest-ending first. */
export async function runningCampaignBanners(container: MedusaContainer, now: Date): Promise<CampaignBanner[]> {
  const city = container.resolve<CityModuleService>(CITY_MODULE)
  const rows = (await city.listCampaignBanners({})) as BannerRow[]
  if (rows.length === 0) return []
  const promotions = container.resolve(Modules.PROMOTION)
  const campaigns = (await promotions.listCampaigns(
    { id: rows.map((row) => row.campaign_id) },
    { select: ["id", "starts_at", "ends_at"] }
  )) as CampaignDates[]
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]))
  return rows
    .flatMap((row) => {
      const campaign = byId.get(row.campaign_id)
      const banner = campaign ? toBanner(row, campaign) : null
      return banner && new Date(banner.starts_at) <= now && now < new Date(banner.ends_at) ? [banner] : []
    })
    .sort((a, b) => a.ends_at.localeCompare(b.ends_at))
}
