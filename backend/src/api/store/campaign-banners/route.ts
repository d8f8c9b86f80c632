import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CampaignBannerListResponse } from "@mirashop/contract"
import { runningCampaignBanners } from "../../../lib/campaign-banners"

/** The banners of the city campaigns running now, soonest-ending first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<CampaignBannerListResponse>): Promise<void> {
  const banners = await runningCampaignBanners(req.scope, new Date())
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({ banners })
}
