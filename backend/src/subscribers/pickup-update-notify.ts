import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MARKETPLACE_EVENTS } from "../modules/marketplace/events"
import { pickupLinks, readPickupMessages, sendPickupEmails, type PickupEmail } from "../lib/pickup-notifications"

const SHOPPER_TEMPLATE = {
  [MARKETPLACE_EVENTS.PICKUP_READY]: "order-ready",
  [MARKETPLACE_EVENTS.PICKUP_CANCELLED]: "order-cancelled",
  [MARKETPLACE_EVENTS.PICKUP_NO_SHOW]: "order-no-show",
} as const

/** Tells the shopper their order is ready, cancelled or missed; tells the shop when the shopper cancelled. */
export default async function pickupUpdateNotify({ event, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  const template = SHOPPER_TEMPLATE[event.name as keyof typeof SHOPPER_TEMPLATE]
  const [message] = await readPickupMessages(container, [event.data.id])
  if (!template || !message) return
  const links = pickupLinks(message.checkout_id)
  const emails: PickupEmail[] = [
    {
      to: message.email,
      template,
      data: { first_name: message.first_name, order: message.order, reason: message.cancel_reason, tracking_url: links.tracking_url },
      idempotency_key: `${template}:${message.order_id}`,
      resource_id: message.order_id,
    },
  ]
  if (template === "order-cancelled" && message.cancelled_by === "shopper") {
    emails.push({
      to: message.shop_email,
      template: "shop-order-cancelled",
      data: { order: message.order, customer: message.customer, phone: message.phone, merchant_admin_url: links.merchant_admin_url },
      idempotency_key: `shop-order-cancelled:${message.order_id}`,
      resource_id: message.order_id,
    })
  }
  await sendPickupEmails(container, emails)
}

export const config: SubscriberConfig = {
  event: [MARKETPLACE_EVENTS.PICKUP_READY, MARKETPLACE_EVENTS.PICKUP_CANCELLED, MARKETPLACE_EVENTS.PICKUP_NO_SHOW],
}
