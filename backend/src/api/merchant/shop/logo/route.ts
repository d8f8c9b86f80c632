import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MerchantShopResponse } from "@mirashop/contract"
import { toMerchantShop } from "../../../../lib/merchant-shop"
import { setShopLogoWorkflow } from "../../../../workflows/shop/set-shop-logo"
import { merchantContext } from "../../context"
import { OWNER_ONLY_MESSAGE } from "../validators"

/** Sets the shop's logo from one uploaded image (multipart field `files`), re-encoded as WebP; owner only. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantShopResponse>): Promise<void> {
  if (merchantContext(req).role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, OWNER_ONLY_MESSAGE)
  const files = (req.files ?? []) as Express.Multer.File[]
  if (files.length !== 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Envoyez une seule image pour le logo (champ « files »).")
  }
  const { result } = await setShopLogoWorkflow(req.scope).run({
    input: {
      shop_id: merchantContext(req).shop_id,
      file: { filename: files[0].originalname, content: files[0].buffer.toString("base64") },
    },
  })
  res.status(201).json({ shop: toMerchantShop(result) })
}
