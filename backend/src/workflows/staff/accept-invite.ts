import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markJoinedStep } from "./steps/mark-joined"

/** The invited person's fresh identity and the team membership it takes up. */
export interface AcceptInviteWorkflowInput {
  auth_identity_id: string
  merchant_user_id: string
}

export const acceptInviteWorkflowId = "accept-staff-invite"

/** Links a newly registered identity to the invited `staff` member, who can then sign in. */
export const acceptInviteWorkflow = createWorkflow(acceptInviteWorkflowId, (input: AcceptInviteWorkflowInput) => {
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "merchant", value: input.merchant_user_id })
  const user = markJoinedStep({ id: input.merchant_user_id })
  return new WorkflowResponse(user)
})
