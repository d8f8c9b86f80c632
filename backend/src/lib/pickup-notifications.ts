import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readRuntimeEnv } from "../config/runtime"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { renderEmail, type EmailTemplate, type EmailTemplates } from "../notifications/templates"
import type { PickupEmailOrder } from "../notifications/templates/pickup"
import { pickupQrPng } from "./pickup-qr"
import { pickupSlotLabel } from "./pickup-slot-label"

const EURO = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" })

/** One shop's order with everything its e-mails say. */
export interface PickupMessageData {
  order_id: string
  checkout_id: string
  email: string
  first_name: string
  customer: string
  phone: string
  shop_email: string
  cancelled_by: "shop" | "shopper" | null
  cancel_reason: string | null
  order: PickupEmailOrder
}

/** Reads, for each order id, what its pickup e-mails need (in the order given). */
export async function readPickupMessages(container: MedusaContainer, orderIds: string[]): Promise<PickupMessageData[]> {
  if (orderIds.length === 0) return []
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pickups = await marketplace.listOrderPickups({ order_id: orderIds })
  const shops = new Map((await marketplace.listShops({ id: [...new Set(pickups.map((p) => p.shop_id))] })).map((s) => [s.id, s]))
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "total", "currency_code", "billing_address.first_name", "billing_address.last_name", "billing_address.phone", "items.title", "items.variant_title", "items.quantity"],
    filters: { id: orderIds },
  })
  const orders = new Map(
    (data as unknown as {
      id: string
      display_id: number
      email: string | null
      total: unknown
      billing_address?: { first_name: string | null; last_name: string | null; phone: string | null } | null
      items?: ({ title: string; variant_title: string | null; quantity: unknown } | null)[] | null
    }[]).map((o) => [o.id, o])
  )
  const messages: PickupMessageData[] = []
  for (const pickup of pickups) {
    const order = orders.get(pickup.order_id)
    const shop = shops.get(pickup.shop_id)
    if (!order || !shop) continue
    const contact = order.billing_address ?? { first_name: "", last_name: "", phone: "" }
    messages.push({
      order_id: order.id,
      checkout_id: pickup.checkout_id,
      email: order.email ?? "",
      first_name: contact.first_name ?? "",
      customer: `${contact.first_name ?? ""} ${contact.last_name ?? ""}`.trim(),
      phone: contact.phone ?? "",
      shop_email: shop.email,
      cancelled_by: pickup.cancelled_by,
      cancel_reason: pickup.cancel_reason,
      order: {
        display_id: order.display_id,
        shop_name: shop.name,
        shop_address: `${shop.address_line1}, ${shop.postal_code} ${shop.city}`,
        pickup_instructions: shop.pickup_instructions,
        slot_label: pickupSlotLabel(new Date(pickup.slot_start), new Date(pickup.slot_end)),
        pickup_code: pickup.pickup_code,
        qr_png: await pickupQrPng(pickup.pickup_code),
        total: EURO.format(Number(order.total)),
        pay_at_pickup: pickup.payment_mode === "pay_at_pickup",
        lines: (order.items ?? []).flatMap((item) =>
          item ? [`${Number(item.quantity)} × ${item.title}${item.variant_title && item.variant_title !== "Default" ? ` (${item.variant_title})` : ""}`] : []
        ),
      },
    })
  }
  return orderIds.flatMap((id) => messages.find((m) => m.order_id === id) ?? [])
}

/** One e-mail to send, once: its idempotency key makes a repeated event send nothing new. */
export interface PickupEmail<T extends EmailTemplate = EmailTemplate> {
  to: string
  template: T
  data: EmailTemplates[T]
  idempotency_key: string
  resource_id: string
}

/** Sends e-mails through Medusa's Notification module (outbox or SMTP), each at most once. */
export async function sendPickupEmails(container: MedusaContainer, emails: PickupEmail[]): Promise<void> {
  const sendable = emails.filter((e) => e.to)
  if (sendable.length === 0) return
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications.createNotifications(
    sendable.map((e) => ({
      to: e.to,
      channel: "email",
      template: e.template,
      content: renderEmail(e.template, e.data as never),
      data: {},
      resource_id: e.resource_id,
      resource_type: "order",
      idempotency_key: e.idempotency_key,
    }))
  )
}

/** Where a shopper follows a checkout, and where a merchant prepares orders. */
export function pickupLinks(checkoutId: string): { tracking_url: string; merchant_admin_url: string } {
  const env = readRuntimeEnv(process.env)
  return {
    tracking_url: `${env.storefrontUrl}/commande/${checkoutId}`,
    merchant_admin_url: `${env.merchantAdminUrl}/commandes`,
  }
}
