import type { AdminCampaignBannerResponse } from "@mirashop/contract"

/** What the city writes for a campaign's storefront banner. */
export interface CampaignBannerForm {
  title: string
  text: string
  image_url: string | null
  image_alt: string
  link: string | null
}

/** Calls the banner route of a campaign with the admin's session cookie; errors carry the backend's French message. */
async function bannerFetch(campaignId: string, init: RequestInit = {}): Promise<AdminCampaignBannerResponse> {
  const response = await fetch(`/admin/campaigns/${encodeURIComponent(campaignId)}/banner`, {
    ...init,
    credentials: "include",
    headers: { "content-type": "application/json", ...init.headers },
  })
  const body = (await response.json()) as AdminCampaignBannerResponse & { message?: string }
  if (!response.ok) throw new Error(body.message ?? `Erreur ${response.status}`)
  return body
}

export const readBanner = (campaignId: string) => bannerFetch(campaignId)
export const saveBanner = (campaignId: string, form: CampaignBannerForm) =>
  bannerFetch(campaignId, { method: "POST", body: JSON.stringify(form) })
export const deleteBanner = (campaignId: string) => bannerFetch(campaignId, { method: "DELETE" })
