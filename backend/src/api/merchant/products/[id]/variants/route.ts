import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantProductResponse } from "@mirashop/contract"
import { readMerchantProduct } from "../../../../../lib/merchant-products"
import { createMerchantVariantWorkflow } from "../../../../../workflows/product/create-merchant-variant"
import { merchantContext } from "../../../context"
import type { MerchantCreateVariantType } from "../../validators"

/** Adds a variant to one of the caller's products, with its price and its stock at the shop. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantCreateVariantType>,
  res: MedusaResponse<MerchantProductResponse>
): Promise<void> {
  const { location_id } = merchantContext(req)
  await createMerchantVariantWorkflow(req.scope).run({
    input: { product_id: req.params.id, location_id, variant: req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.status(201).json({ product: await readMerchantProduct(query, req.params.id, location_id) })
}
