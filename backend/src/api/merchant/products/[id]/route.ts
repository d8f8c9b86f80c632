import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { MerchantProductResponse } from "@mirashop/contract"
import { vatTypeIds } from "../../../../lib/catalog-refs"
import { readMerchantProduct } from "../../../../lib/merchant-products"
import { merchantContext } from "../../context"
import type { MerchantUpdateProductType } from "../validators"

async function readProduct(req: AuthenticatedMedusaRequest, id: string): Promise<MerchantProductResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  return { product: await readMerchantProduct(query, id, merchantContext(req).location_id) }
}

/** One product of the caller's shop (ownership checked by middleware). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantProductResponse>): Promise<void> {
  res.json(await readProduct(req, req.params.id))
}

/** Edits a product's title, description, status (publish / unpublish), VAT category or categories. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantUpdateProductType>,
  res: MedusaResponse<MerchantProductResponse>
): Promise<void> {
  const { vat_category, ...fields } = req.validatedBody
  const update: Record<string, unknown> = { ...fields }
  if (vat_category) {
    const types = await vatTypeIds(req.scope.resolve(ContainerRegistrationKeys.QUERY))
    update.type_id = types[vat_category]
  }
  await updateProductsWorkflow(req.scope).run({ input: { selector: { id: req.params.id }, update } })
  res.json(await readProduct(req, req.params.id))
}

/** Removes a product from the caller's shop. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ id: string; object: "product"; deleted: true }>
): Promise<void> {
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
