import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCampaignBannerResponse } from "@mirashop/contract"
import { deleteCampaignBanner, readCampaignBanner, saveCampaignBanner } from "../../../../../lib/campaign-banners"
import type { AdminSaveCampaignBannerType } from "./validators"

/** The storefront banner of a campaign, or null. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCampaignBannerResponse>): Promise<void> {
  res.json({ banner: await readCampaignBanner(req.scope, req.params.id) })
}

/** The city writes (or rewrites) a campaign's banner; it shows on the storefront while the campaign runs. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveCampaignBannerType>, res: MedusaResponse<AdminCampaignBannerResponse>): Promise<void> {
  res.json({ banner: await saveCampaignBanner(req.scope, req.params.id, req.validatedBody) })
}

/** Takes a campaign's banner off the storefront. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCampaignBannerResponse>): Promise<void> {
  await deleteCampaignBanner(req.scope, req.params.id)
  res.json({ banner: null })
}
