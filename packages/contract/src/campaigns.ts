/** A city campaign's storefront banner, shown on the home page while the campaign runs. */
export interface CampaignBanner {
  /** The Medusa campaign id. */
  campaign_id: string
  title: string
  text: string
  /** Same-origin image URL (`/static/…`), or null when the banner has no image. */
  image_url: string | null
  /** Alternative text for the image (empty when the image is decorative). */
  image_alt: string
  /** Where the banner leads: a storefront path such as `/recherche?campagne=noel`. */
  link: string | null
  starts_at: string
  ends_at: string
}

/** `GET /store/campaign-banners`: the banners of the campaigns running now, soonest-ending first. */
export interface CampaignBannerListResponse {
  banners: CampaignBanner[]
}

/** `GET|POST|DELETE /admin/campaigns/:id/banner`: a campaign's banner as the city edits it, or null. */
export interface AdminCampaignBannerResponse {
  banner: CampaignBanner | null
}
