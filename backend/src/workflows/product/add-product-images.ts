import { updateProductsWorkflow, uploadFilesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reencodeImagesStep } from "./steps/reencode-images"

/** Photos to add to a product. */
export interface AddProductImagesWorkflowInput {
  product_id: string
  files: { filename: string; content: string }[]
}

export const addProductImagesWorkflowId = "add-product-images"

/** Re-encodes, stores (file module) and attaches photos to a product; the first becomes the thumbnail if none. */
export const addProductImagesWorkflow = createWorkflow(
  addProductImagesWorkflowId,
  (input: AddProductImagesWorkflowInput) => {
    const files = reencodeImagesStep({ files: input.files })
    const uploaded = uploadFilesWorkflow.runAsStep({ input: { files } })
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "thumbnail", "images.url"],
      filters: { id: input.product_id },
    })
    const update = transform({ input, uploaded, products }, ({ input, uploaded, products }) => {
      const product = products[0] as { thumbnail: string | null; images?: ({ url: string } | null)[] | null }
      const existing = (product.images ?? []).flatMap((image) => (image ? [{ url: image.url }] : []))
      return {
        selector: { id: input.product_id },
        update: {
          images: [...existing, ...uploaded.map((file) => ({ url: file.url }))],
          thumbnail: product.thumbnail ?? uploaded[0]?.url,
        },
      }
    })
    const updated = updateProductsWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(updated)
  }
)
