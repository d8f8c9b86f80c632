import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteProductVariantsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { MerchantProductResponse } from "@mirashop/contract"
import { readMerchantProduct } from "../../../../../../lib/merchant-products"
import { merchantContext } from "../../../../context"
import type { MerchantUpdateVariantType } from "../../../validators"

async function readProduct(req: AuthenticatedMedusaRequest): Promise<MerchantProductResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  return { product: await readMerchantProduct(query, req.params.id, merchantContext(req).location_id) }
}

/** Renames a variant or changes its price (euros, VAT included). */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantUpdateVariantType>,
  res: MedusaResponse<MerchantProductResponse>
): Promise<void> {
  const { title, price } = req.validatedBody
  await updateProductVariantsWorkflow(req.scope).run({
    input: {
      selector: { id: req.params.variant_id },
      update: {
        ...(title ? { title } : {}),
        ...(price !== undefined ? { prices: [{ amount: price, currency_code: "eur" }] } : {}),
      },
    },
  })
  res.json(await readProduct(req))
}

/** Removes a variant; a product keeps at least one. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantProductResponse>): Promise<void> {
  const { product } = await readProduct(req)
  if (product.variants.length <= 1) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Un produit garde au moins une déclinaison.")
  }
  await deleteProductVariantsWorkflow(req.scope).run({ input: { ids: [req.params.variant_id] } })
  res.json(await readProduct(req))
}
