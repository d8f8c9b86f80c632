import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantProductListResponse, MerchantProductResponse } from "@mirashop/contract"
import { readMerchantProduct, readMerchantProducts, shopProductIds } from "../../../lib/merchant-products"
import { createMerchantProductWorkflow } from "../../../workflows/product/create-merchant-product"
import { merchantContext } from "../context"
import type { MerchantCreateProductType, MerchantListProductsQueryType } from "./validators"

/** The caller's catalogue, newest first, searchable by title and filterable by status. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, MerchantListProductsQueryType>,
  res: MedusaResponse<MerchantProductListResponse>
): Promise<void> {
  const { shop_id, location_id } = merchantContext(req)
  const { q, status, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await shopProductIds(query, shop_id)
  const { products, count } = await readMerchantProducts(query, { ids, locationId: location_id, q, status, limit, offset })
  res.json({ products, count, offset, limit })
}

/** Adds a product to the caller's shop, with its variants, prices and stock at the shop. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantCreateProductType>,
  res: MedusaResponse<MerchantProductResponse>
): Promise<void> {
  const { shop_id, location_id } = merchantContext(req)
  const { result } = await createMerchantProductWorkflow(req.scope).run({
    input: { shop_id, location_id, product: req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.status(201).json({ product: await readMerchantProduct(query, result.id, location_id) })
}
