import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MerchantShopResponse } from "@mirashop/contract"
import { toMerchantShop } from "../../../lib/merchant-shop"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { updateShopWorkflow } from "../../../workflows/shop/update-shop"
import { merchantContext } from "../context"
import { OWNER_ONLY_FIELDS, OWNER_ONLY_MESSAGE, type MerchantUpdateShopType } from "./validators"

async function readShop(req: AuthenticatedMedusaRequest, shopId: string): Promise<MerchantShopResponse> {
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const shop = await marketplace.retrieveShop(shopId)
  return { shop: toMerchantShop(shop) }
}

/** The caller's own shop, every field. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantShopResponse>): Promise<void> {
  res.json(await readShop(req, merchantContext(req).shop_id))
}

/** Updates the caller's shop; staff cannot change its identity (name, SIRET, e-mail, logo) nor its payment modes. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantUpdateShopType>,
  res: MedusaResponse<MerchantShopResponse>
): Promise<void> {
  const { shop_id, role } = merchantContext(req)
  const update = req.validatedBody
  if (role !== "owner" && OWNER_ONLY_FIELDS.some((field) => field in update)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, OWNER_ONLY_MESSAGE)
  }
  await updateShopWorkflow(req.scope).run({ input: { id: shop_id, update } })
  res.json(await readShop(req, shop_id))
}
