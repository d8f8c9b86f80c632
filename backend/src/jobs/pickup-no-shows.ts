import type { MedusaContainer } from "@medusajs/framework/types"
import { recordNoShows } from "../lib/pickup-sweep"

/** Every hour: orders not collected in time are recorded as no-shows and their stock restocked. */
export default async function pickupNoShowsJob(container: MedusaContainer): Promise<void> {
  await recordNoShows(container, new Date())
}

export const config = { name: "pickup-no-shows", schedule: "17 * * * *" }
