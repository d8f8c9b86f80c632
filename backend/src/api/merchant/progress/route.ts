import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MerchantProgressResponse } from "@mirashop/contract"
import { getShopProgress } from "../../../lib/shop-progress"
import { merchantContext } from "../context"

/** The shop's onboarding checklist and coaching items, each measured from its real data. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantProgressResponse>): Promise<void> {
  res.json({ progress: await getShopProgress(req.scope, merchantContext(req).shop_id) })
}
