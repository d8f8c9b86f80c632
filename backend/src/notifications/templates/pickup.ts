import { email, type EmailImage, type RenderedEmail } from "../layout"

/** One shop's order as e-mails describe it. */
export interface PickupEmailOrder {
  display_id: number
  shop_name: string
  shop_address: string
  pickup_instructions: string
  slot_label: string
  pickup_code: string
  /** The code as a PNG data URL. */
  qr_png: string
  total: string
  pay_at_pickup: boolean
  lines: string[]
}

export interface CheckoutPlacedEmailData {
  first_name: string
  orders: PickupEmailOrder[]
  tracking_url: string
}

export interface PickupUpdateEmailData {
  first_name: string
  order: PickupEmailOrder
  reason?: string | null
  tracking_url: string
}

export interface ShopOrderEmailData {
  order: PickupEmailOrder
  customer: string
  phone: string
  reason?: string | null
  merchant_admin_url: string
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many)

function orderBlock(order: PickupEmailOrder): string[] {
  return [
    `${order.shop_name} — commande n° ${order.display_id}`,
    `${order.lines.join(" ; ")}. Total : ${order.total}${order.pay_at_pickup ? ", à régler sur place" : ""}.`,
    `Retrait : ${order.slot_label}, ${order.shop_address}.${order.pickup_instructions ? ` ${order.pickup_instructions}` : ""}`,
    `Code de retrait : ${order.pickup_code}`,
  ]
}

const qr = (order: PickupEmailOrder): EmailImage => ({ src: order.qr_png, alt: `QR code du code de retrait ${order.pickup_code} chez ${order.shop_name}` })

/** Confirms a checkout to the shopper: for each shop, what, when, where, and the pickup code. */
export function checkoutPlacedEmail(data: CheckoutPlacedEmailData): RenderedEmail {
  const count = data.orders.length
  return email(
    `Votre commande Mirashop est enregistrée (${count} ${plural(count, "boutique", "boutiques")})`,
    [
      `Bonjour ${data.first_name},`,
      `Merci pour votre commande. Chaque boutique la prépare de son côté ; nous vous écrirons dès qu'une commande est prête.`,
      ...data.orders.flatMap(orderBlock),
      "Donnez le code de retrait (ou montrez le QR code) au commerçant.",
      `Suivre ou annuler une commande : ${data.tracking_url}`,
    ],
    data.orders.map(qr)
  )
}

/** Tells the shopper an order waits for them at the counter. */
export function orderReadyEmail(data: PickupUpdateEmailData): RenderedEmail {
  return email(`Votre commande chez ${data.order.shop_name} est prête`, [
    `Bonjour ${data.first_name},`,
    `Votre commande n° ${data.order.display_id} vous attend chez ${data.order.shop_name}.`,
    ...orderBlock(data.order).slice(1),
  ], [qr(data.order)])
}

/** Reminds the shopper, on the morning of the slot, to come and collect. */
export function pickupReminderEmail(data: PickupUpdateEmailData): RenderedEmail {
  return email(`Rappel : retrait aujourd'hui chez ${data.order.shop_name}`, [
    `Bonjour ${data.first_name},`,
    `C'est aujourd'hui : votre commande n° ${data.order.display_id} est à retirer chez ${data.order.shop_name}.`,
    ...orderBlock(data.order).slice(1),
    `Un empêchement ? Prévenez la boutique ou annulez tant qu'elle n'est pas prête : ${data.tracking_url}`,
  ], [qr(data.order)])
}

/** Tells the shopper an order was cancelled, by them or by the shop, and why. */
export function orderCancelledEmail(data: PickupUpdateEmailData): RenderedEmail {
  return email(`Commande annulée chez ${data.order.shop_name}`, [
    `Bonjour ${data.first_name},`,
    `Votre commande n° ${data.order.display_id} chez ${data.order.shop_name} est annulée.`,
    `Motif : ${data.reason ?? "non précisé"}.`,
    data.order.pay_at_pickup ? "Vous n'avez rien à payer." : "Si vous aviez payé en ligne, vous êtes remboursé sur votre carte.",
    `Vos autres commandes ne changent pas : ${data.tracking_url}`,
  ])
}

/** Tells the shopper an order was not collected in time and is cancelled. */
export function orderNoShowEmail(data: PickupUpdateEmailData): RenderedEmail {
  return email(`Commande non retirée chez ${data.order.shop_name}`, [
    `Bonjour ${data.first_name},`,
    `Votre commande n° ${data.order.display_id} n'a pas été retirée chez ${data.order.shop_name} (créneau : ${data.order.slot_label}). Elle est annulée et les produits sont remis en vente.`,
    "Pour une prochaine fois, pensez à annuler depuis votre suivi de commande si vous ne pouvez pas venir.",
  ])
}

/** Tells the shop a new order arrived, with what to prepare and for when. */
export function shopNewOrderEmail(data: ShopOrderEmailData): RenderedEmail {
  return email(`Nouvelle commande n° ${data.order.display_id} — retrait ${data.order.slot_label}`, [
    `Nouvelle commande de ${data.customer}${data.phone ? ` (${data.phone})` : ""}.`,
    `${data.order.lines.join(" ; ")}. Total : ${data.order.total}${data.order.pay_at_pickup ? ", à encaisser au retrait" : ", payé en ligne"}.`,
    `Créneau de retrait : ${data.order.slot_label}.`,
    `Acceptez-la dès que possible dans votre espace commerçant : ${data.merchant_admin_url}`,
  ])
}

/** Tells the shop the shopper cancelled an order: no need to prepare it. */
export function shopOrderCancelledEmail(data: ShopOrderEmailData): RenderedEmail {
  return email(`Commande n° ${data.order.display_id} annulée par le client`, [
    `${data.customer} a annulé sa commande n° ${data.order.display_id} (créneau : ${data.order.slot_label}).`,
    "Inutile de la préparer : les produits réservés sont de nouveau en vente.",
  ])
}
