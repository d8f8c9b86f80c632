import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isPastPickupDeadline, isReminderDue } from "@mirashop/domain"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { recordNoShowWorkflow } from "../workflows/pickup/record-no-show"
import { pickupLinks, readPickupMessages, sendPickupEmails } from "./pickup-notifications"

const WAITING = ["placed", "accepted", "ready_for_pickup"] as const

/**
 * Records as no-shows the orders still waiting `no_show_days` (per shop) after their slot ended:
 * their goods go back into stock. Returns the orders recorded; one failure does not stop the rest.
 */
export async function recordNoShows(container: MedusaContainer, now: Date): Promise<string[]> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const overdue = await marketplace.listOrderPickups({ status: [...WAITING], slot_end: { $lt: now } })
  if (overdue.length === 0) return []
  const shops = new Map((await marketplace.listShops({ id: [...new Set(overdue.map((p) => p.shop_id))] })).map((s) => [s.id, s]))
  const recorded: string[] = []
  for (const pickup of overdue) {
    const shop = shops.get(pickup.shop_id)
    if (!shop || !isPastPickupDeadline(new Date(pickup.slot_end), shop.no_show_days, now)) continue
    try {
      await recordNoShowWorkflow(container).run({ input: { order_id: pickup.order_id } })
      recorded.push(pickup.order_id)
    } catch (error) {
      logger.error(`no-show of order ${pickup.order_id} not recorded: ${(error as Error).message}`)
    }
  }
  return recorded
}

/** Reminds, on the slot's day, the shoppers of orders still to collect; each reminder is sent once. */
export async function sendPickupReminders(container: MedusaContainer, now: Date): Promise<string[]> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const upcoming = await marketplace.listOrderPickups({
    status: [...WAITING],
    slot_start: { $gt: now, $lt: new Date(now.getTime() + 24 * 60 * 60 * 1000) },
  })
  const due = upcoming.filter((pickup) => isReminderDue(new Date(pickup.slot_start), now))
  const messages = await readPickupMessages(container, due.map((p) => p.order_id))
  await sendPickupEmails(
    container,
    messages.map((m) => ({
      to: m.email,
      template: "pickup-reminder" as const,
      data: { first_name: m.first_name, order: m.order, tracking_url: pickupLinks(m.checkout_id).tracking_url },
      idempotency_key: `pickup-reminder:${m.order_id}`,
      resource_id: m.order_id,
    }))
  )
  return messages.map((m) => m.order_id)
}
