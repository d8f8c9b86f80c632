import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { reencodeImagesStep } from "../product/steps/reencode-images"
import { updateShopStep } from "./steps/update-shop"

/** The shop and its new logo, base64 encoded. */
export interface SetShopLogoWorkflowInput {
  shop_id: string
  file: { filename: string; content: string }
}

export const setShopLogoWorkflowId = "set-shop-logo"

/** Checks and re-encodes an uploaded logo as WebP, stores it (file module) and makes it the shop's logo. */
export const setShopLogoWorkflow = createWorkflow(setShopLogoWorkflowId, (input: SetShopLogoWorkflowInput) => {
  const files = reencodeImagesStep(transform({ input }, ({ input }) => ({ files: [input.file] })))
  const uploaded = uploadFilesWorkflow.runAsStep({ input: { files } })
  const update = transform({ input, uploaded }, ({ input, uploaded }) => ({
    id: input.shop_id,
    update: { logo_url: uploaded[0].url },
  }))
  const shop = updateShopStep(update)
  return new WorkflowResponse(shop)
})
