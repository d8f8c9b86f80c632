import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymentMode } from "@mirashop/contract"
import { readCartPickup } from "../../../lib/cart-pickup"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { toOrderLineItem, type CheckoutCartItem } from "../cart-to-order"
import type { PreparedCheckout, PreparedShopOrder, StockNeed } from "../types"
import { CHECKOUT_CART_FIELDS } from "./read-checkout-cart"

export interface PrepareCheckoutInput {
  cart_id: string
  payment_mode: PaymentMode
  /** Whether card payments are configured (Stripe). */
  card_enabled: boolean
}

interface CheckoutCart {
  id: string
  email: string | null
  currency_code: string
  locale: string | null
  region_id: string | null
  customer_id: string | null
  sales_channel_id: string | null
  completed_at: string | Date | null
  metadata: Record<string, unknown> | null
  billing_address?: { first_name: string | null; last_name: string | null; phone: string | null } | null
  promotions?: ({ id: string; code: string | null } | null)[] | null
  items?: (CheckoutCartItem | null)[] | null
}

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

async function shopLocations(container: MedusaContainer, shopIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shop", fields: ["id", "stock_location.id"], filters: { id: shopIds } })
  return new Map((data as { id: string; stock_location?: { id: string } | null }[]).map((s) => [s.id, s.stock_location?.id]))
}

async function pickupOptions(container: MedusaContainer): Promise<Map<string, { id: string; name: string }>> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const options = await fulfillment.listShippingOptions({}, { select: ["id", "name", "data"] })
  return new Map(
    options.flatMap((option) => {
      const shopId = option.data?.shop_id
      return typeof shopId === "string" ? [[shopId, { id: option.id, name: option.name }] as const] : []
    })
  )
}

function stockNeeds(item: CheckoutCartItem): StockNeed[] {
  const variant = item.variant
  if (!variant?.manage_inventory || !item.variant_id) return []
  return (variant.inventory_items ?? []).flatMap((link) =>
    link
      ? [
          {
            variant_id: item.variant_id as string,
            title: item.variant_title && item.variant_title !== "Default" ? `${item.product_title ?? item.title} — ${item.variant_title}` : item.product_title ?? item.title,
            inventory_item_id: link.inventory_item_id,
            required_quantity: Number(link.required_quantity ?? 1),
            allow_backorder: Boolean(variant.allow_backorder),
          },
        ]
      : []
  )
}

/**
 * Checks a cart can be checked out (shopper identity, open shops, a still-bookable slot per shop,
 * the payment mode each shop accepts) and splits it into one order per shop.
 */
export const prepareCheckoutStep = createStep(
  "prepare-checkout",
  async (input: PrepareCheckoutInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: CHECKOUT_CART_FIELDS, filters: { id: input.cart_id } })
    const cart = data[0] as unknown as CheckoutCart | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ce panier n'existe pas.")
    if (cart.completed_at) throw new MedusaError(MedusaError.Types.CONFLICT, "Cette commande est déjà passée.")
    const email = cart.email
    if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Indiquez votre adresse e-mail.")
    const contact = cart.billing_address
    if (!contact?.first_name || !contact.last_name) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Indiquez votre prénom et votre nom : la boutique vous les demandera au retrait.")
    }
    if (input.payment_mode === "card" && !input.card_enabled) {
      refuse("Le paiement par carte n'est pas disponible : choisissez le paiement au retrait.")
    }

    const { pickups } = await readCartPickup(container, cart.id, new Date())
    const items = (cart.items ?? []).filter((item): item is CheckoutCartItem => item !== null)
    const claimed = new Set(pickups.flatMap((p) => p.items.map((i) => i.id)))
    if (items.some((item) => !claimed.has(item.id))) refuse("Un article de votre panier n'est plus vendu : retirez-le pour continuer.")

    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const shopIds = pickups.map((p) => p.shop.id)
    const shops = new Map((await marketplace.listShops({ id: shopIds })).map((shop) => [shop.id, shop]))
    const locations = await shopLocations(container, shopIds)
    const options = await pickupOptions(container)

    const shopOrders = pickups.map((pickup): PreparedShopOrder => {
      const shop = shops.get(pickup.shop.id)
      if (!shop || shop.status !== "approved") refuse(`${pickup.shop.name} ne prend plus de commandes : retirez ses articles de votre panier.`)
      if (input.payment_mode === "pay_at_pickup" && !shop.accepts_pay_at_pickup) {
        refuse(`${shop.name} n'accepte pas le paiement au retrait : choisissez le paiement par carte.`)
      }
      if (input.payment_mode === "card" && !shop.accepts_online_payment) {
        refuse(`${shop.name} n'accepte pas le paiement en ligne : choisissez le paiement au retrait.`)
      }
      if (!pickup.selected_slot) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Choisissez un créneau de retrait chez ${shop.name}.`)
      const slot = pickup.slots.find((s) => s.start === pickup.selected_slot)
      if (!slot) refuse(`Le créneau choisi chez ${shop.name} n'est plus disponible : choisissez-en un autre.`)
      const locationId = locations.get(shop.id)
      const option = options.get(shop.id)
      if (!locationId || !option) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${shop.name} n'a pas de point de retrait.`)

      const lines = items.filter((item) => pickup.items.some((i) => i.id === item.id))
      return {
        shop_id: shop.id,
        shop_name: shop.name,
        location_id: locationId,
        slot_start: slot.start,
        slot_end: slot.end,
        stock: lines.flatMap(stockNeeds),
        order: {
          region_id: cart.region_id ?? undefined,
          customer_id: cart.customer_id ?? undefined,
          sales_channel_id: cart.sales_channel_id ?? undefined,
          status: "pending",
          email,
          currency_code: cart.currency_code,
          locale: cart.locale ?? undefined,
          billing_address: { first_name: contact.first_name, last_name: contact.last_name, phone: contact.phone ?? "" },
          no_notification: false,
          items: lines.map(toOrderLineItem),
          shipping_methods: [
            { name: option.name, amount: 0, is_tax_inclusive: true, shipping_option_id: option.id, data: { shop_id: shop.id } },
          ],
          metadata: { checkout_id: cart.id, shop_id: shop.id, pickup_slot: slot.start },
          promo_codes: [...new Set(lines.flatMap((l) => (l.adjustments ?? []).flatMap((a) => (a?.code ? [a.code] : []))))],
        },
      }
    })

    const prepared: PreparedCheckout = {
      checkout_id: cart.id,
      customer_id: cart.customer_id,
      customer_email: email,
      payment_mode: input.payment_mode,
      shop_orders: shopOrders,
      promotion_ids: (cart.promotions ?? []).flatMap((p) => (p ? [p.id] : [])),
      promotion_usage: items.flatMap((item) =>
        (item.adjustments ?? []).flatMap((a) => (a?.code ? [{ amount: Number(a.amount), code: a.code }] : []))
      ),
    }
    return new StepResponse(prepared)
  }
)
