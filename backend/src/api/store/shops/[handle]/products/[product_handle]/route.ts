import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreProductPageResponse } from "@mirashop/contract"
import { loadProductPage } from "../../../../../../lib/product-page"

/** One published product of an approved shop: variants with options, prices VAT included, stock at the shop, ready-time estimate. */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<StoreProductPageResponse>
): Promise<void> {
  const product = await loadProductPage(
    req.scope,
    req.params.handle,
    req.params.product_handle,
    new Date()
  )
  res.json({ product })
}
