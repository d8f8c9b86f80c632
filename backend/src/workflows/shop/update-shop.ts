import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateShopStep, type UpdateShopStepInput } from "./steps/update-shop"

export type UpdateShopWorkflowInput = UpdateShopStepInput

export const updateShopWorkflowId = "update-shop-profile"

/** Changes a shop's profile, hours, closures or pickup settings. */
export const updateShopWorkflow = createWorkflow(updateShopWorkflowId, (input: UpdateShopWorkflowInput) => {
  const shop = updateShopStep(input)
  return new WorkflowResponse(shop)
})
