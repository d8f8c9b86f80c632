import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readRuntimeEnv } from "../../config/runtime"
import { signInvite } from "../../lib/invite-token"
import { renderEmail } from "../../notifications/templates"
import { createMerchantUserStep } from "../shop/steps/create-merchant-user"
import { validateNewStaffStep } from "./steps/validate-new-staff"

/** A colleague an owner invites into their shop's team. */
export interface InviteStaffWorkflowInput {
  shop_id: string
  inviter_id: string
  email: string
  first_name: string
  last_name: string
}

export const inviteStaffWorkflowId = "invite-staff"

/** Adds a `staff` member to a shop and e-mails them a link to create their access. */
export const inviteStaffWorkflow = createWorkflow(inviteStaffWorkflowId, (input: InviteStaffWorkflowInput) => {
  validateNewStaffStep({ email: input.email })
  const userInput = transform({ input }, ({ input }) => ({
    shop_id: input.shop_id,
    email: input.email,
    first_name: input.first_name,
    last_name: input.last_name,
    role: "staff" as const,
  }))
  const user = createMerchantUserStep(userInput)
  const { data: inviters } = useQueryGraphStep({
    entity: "merchant_user",
    fields: ["first_name", "last_name", "shop.name"],
    filters: { id: input.inviter_id },
  })
  const notifications = transform({ input, user, inviters }, ({ input, user, inviters }) => {
    const env = readRuntimeEnv(process.env)
    const inviter = inviters[0] as { first_name: string; last_name: string; shop: { name: string } }
    const token = signInvite({ merchant_user_id: user.id, email: user.email }, env.jwtSecret)
    const link = `${env.merchantAdminUrl}/invitation?token=${encodeURIComponent(token)}&email=${encodeURIComponent(user.email)}`
    return [
      {
        to: user.email,
        channel: "email",
        template: "staff-invite",
        content: renderEmail("staff-invite", {
          shop_name: inviter.shop.name,
          first_name: input.first_name,
          inviter_name: `${inviter.first_name} ${inviter.last_name}`.trim(),
          link,
        }),
        idempotency_key: `staff-invite:${user.id}`,
      },
    ]
  })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(user)
})
