import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMerchantUserStep, type UpdateMerchantUserStepInput } from "./steps/update-merchant-user"

export const updateMerchantUserWorkflowId = "update-merchant-user-profile"

/** A merchant user edits their own name. */
export const updateMerchantUserWorkflow = createWorkflow(
  updateMerchantUserWorkflowId,
  (input: UpdateMerchantUserStepInput) => new WorkflowResponse(updateMerchantUserStep(input))
)
