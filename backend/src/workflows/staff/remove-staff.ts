import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteMerchantUserStep } from "./steps/delete-merchant-user"

export const removeStaffWorkflowId = "remove-staff"

/** Takes a colleague off a shop's team; their next request is refused. */
export const removeStaffWorkflow = createWorkflow(removeStaffWorkflowId, (input: { id: string }) => {
  deleteMerchantUserStep(input)
  return new WorkflowResponse({ id: input.id })
})
