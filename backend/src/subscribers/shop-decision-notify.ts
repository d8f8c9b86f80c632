import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MARKETPLACE_EVENTS } from "../modules/marketplace/events"
import { notifyShopOwnerWorkflow } from "../workflows/notification/notify-shop-owner"

/** Tells the shop owner when the city approves or suspends their shop. */
export default async function shopDecisionNotify({
  event,
  container,
}: SubscriberArgs<{ id: string; changed_at: string }>): Promise<void> {
  const template = event.name === MARKETPLACE_EVENTS.SHOP_APPROVED ? "shop-approved" : "shop-suspended"
  await notifyShopOwnerWorkflow(container).run({
    input: { shop_id: event.data.id, template, changed_at: event.data.changed_at },
  })
}

export const config: SubscriberConfig = {
  event: [MARKETPLACE_EVENTS.SHOP_APPROVED, MARKETPLACE_EVENTS.SHOP_SUSPENDED],
}
