import type { MedusaContainer } from "@medusajs/framework/types"
import { sendPickupReminders } from "../lib/pickup-sweep"

/** Every 15 minutes: shoppers collecting today get their reminder (once each). */
export default async function pickupRemindersJob(container: MedusaContainer): Promise<void> {
  await sendPickupReminders(container, new Date())
}

export const config = { name: "pickup-reminders", schedule: "*/15 * * * *" }
