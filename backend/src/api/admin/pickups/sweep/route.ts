import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordNoShows, sendPickupReminders } from "../../../../lib/pickup-sweep"

/**
 * Runs the pickup jobs now (no-shows, then today's reminders), as the scheduler does every hour:
 * for the city's operations team after an outage, and for tests.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ no_shows: string[]; reminders: string[] }>
): Promise<void> {
  const now = new Date()
  const noShows = await recordNoShows(req.scope, now)
  const reminders = await sendPickupReminders(req.scope, now)
  res.json({ no_shows: noShows, reminders })
}
