import type { AdminCampaignBannerResponse } from "@mirashop/contract"
import { adminFetch } from "./admin-fetch"

/** What the city writes for a campaign's storefront banner. */
export interface CampaignBannerForm {
  title: string
  text: string
  image_url: string | null
  image_alt: string
  link: string | null
}

const bannerFetch = (campaignId: string, init?: RequestInit) =>
  adminFetch<AdminCampaignBannerResponse>(`/admin/campaigns/${encodeURIComponent(campaignId)}/banner`, init)

export const readBanner = (campaignId: string) => bannerFetch(campaignId)
export const saveBanner = (campaignId: string, form: CampaignBannerForm) =>
  bannerFetch(campaignId, { method: "POST", body: JSON.stringify(form) })
export const deleteBanner = (campaignId: string) => bannerFetch(campaignId, { method: "DELETE" })
