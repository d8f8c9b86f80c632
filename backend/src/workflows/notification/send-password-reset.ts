import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readRuntimeEnv } from "../../config/runtime"
import { renderEmail } from "../../notifications/templates"

/** Who asked for a new password, with which actor type, and the one-time token. */
export interface SendPasswordResetWorkflowInput {
  email: string
  actor_type: string
  token: string
}

export const sendPasswordResetWorkflowId = "send-password-reset"

/** E-mails the reset link of the right app: the merchant admin for merchants, the storefront otherwise. */
export const sendPasswordResetWorkflow = createWorkflow(
  sendPasswordResetWorkflowId,
  (input: SendPasswordResetWorkflowInput) => {
    const notifications = transform({ input }, ({ input }) => {
      const env = readRuntimeEnv(process.env)
      const base =
        input.actor_type === "merchant"
          ? `${env.merchantAdminUrl}/mot-de-passe/nouveau`
          : input.actor_type === "user"
            ? `${env.backendUrl.replace(/\/$/, "")}/app/reset-password`
            : `${env.storefrontUrl}/compte/mot-de-passe/nouveau`
      const link = `${base}?token=${encodeURIComponent(input.token)}&email=${encodeURIComponent(input.email)}`
      return [
        {
          to: input.email,
          channel: "email",
          template: "password-reset",
          content: renderEmail("password-reset", { link }),
          idempotency_key: `password-reset:${input.token.slice(-24)}`,
        },
      ]
    })
    sendNotificationsStep(notifications)
    return new WorkflowResponse({ sent: true })
  }
)
