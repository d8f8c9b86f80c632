import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetWorkflow } from "../workflows/notification/send-password-reset"

/** Sends the reset link when anyone (shopper, merchant, city staff) asks for a new password. */
export default async function passwordResetNotify({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>): Promise<void> {
  await sendPasswordResetWorkflow(container).run({
    input: { email: event.data.entity_id, actor_type: event.data.actor_type, token: event.data.token },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
