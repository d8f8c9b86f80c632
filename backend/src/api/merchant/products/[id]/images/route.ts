import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MerchantProductResponse } from "@mirashop/contract"
import { readMerchantProduct } from "../../../../../lib/merchant-products"
import { addProductImagesWorkflow } from "../../../../../workflows/product/add-product-images"
import { merchantContext } from "../../../context"

/** Adds photos to a product (multipart field `files`); each is checked and re-encoded as WebP. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantProductResponse>): Promise<void> {
  const files = (req.files ?? []) as Express.Multer.File[]
  if (files.length === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ajoutez au moins une photo (champ « files »).")
  }
  await addProductImagesWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      files: files.map((file) => ({ filename: file.originalname, content: file.buffer.toString("base64") })),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const product = await readMerchantProduct(query, req.params.id, merchantContext(req).location_id)
  res.status(201).json({ product })
}
