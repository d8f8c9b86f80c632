import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import { MARKETPLACE_EVENTS } from "../modules/marketplace/events"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { pickupLinks, readPickupMessages, sendPickupEmails, type PickupEmail } from "../lib/pickup-notifications"

/** Confirms a checkout to the shopper (every shop's code, slot and address) and tells each shop of its new order. */
export default async function checkoutPlacedNotify({ event, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const pickups = await marketplace.listOrderPickups({ checkout_id: event.data.id }, { order: { created_at: "ASC" } })
  const messages = await readPickupMessages(container, pickups.map((p) => p.order_id))
  if (messages.length === 0) return
  const links = pickupLinks(event.data.id)
  const emails: PickupEmail[] = [
    {
      to: messages[0].email,
      template: "checkout-placed",
      data: { first_name: messages[0].first_name, orders: messages.map((m) => m.order), tracking_url: links.tracking_url },
      idempotency_key: `checkout-placed:${event.data.id}`,
      resource_id: messages[0].order_id,
    },
    ...messages.map((m): PickupEmail => ({
      to: m.shop_email,
      template: "shop-new-order",
      data: { order: m.order, customer: m.customer, phone: m.phone, merchant_admin_url: links.merchant_admin_url },
      idempotency_key: `shop-new-order:${m.order_id}`,
      resource_id: m.order_id,
    })),
  ]
  await sendPickupEmails(container, emails)
}

export const config: SubscriberConfig = { event: MARKETPLACE_EVENTS.CHECKOUT_PLACED }
