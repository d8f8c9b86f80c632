import { z } from "@medusajs/framework/zod"

/** Body of `POST /admin/pickups/sweep`: nothing (the sweep runs for the current time). */
export const AdminPickupSweep = z.object({}).strict()
