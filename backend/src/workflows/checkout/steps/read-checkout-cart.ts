import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chosenSlots } from "../../../lib/cart-pickup"
import ShopProductLink from "../../../links/shop-product"

/** The cart's fields a checkout reads, from its lines' prices and taxes to their inventory. */
export const CHECKOUT_CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "locale",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "completed_at",
  "metadata",
  "billing_address.first_name",
  "billing_address.last_name",
  "billing_address.phone",
  "promotions.id",
  "promotions.code",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.variant.id",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
]

/**
 * The locks a checkout takes before it checks slots: one per shop and chosen slot (capacity is
 * counted per slot, so checkouts for other slots of the same shop need not wait), or one per shop
 * while no slot is chosen there (the checkout then fails its slot check anyway).
 */
export const readCheckoutShopsStep = createStep(
  "read-checkout-shops",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "metadata", "items.product_id"],
      filters: { id: input.cart_id },
    })
    const cart = carts[0] as { metadata: Record<string, unknown> | null; items?: ({ product_id: string | null } | null)[] | null } | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ce panier n'existe pas.")
    const productIds = (cart.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : []))
    if (productIds.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Votre panier est vide.")
    const { data: links } = await query.graph({
      entity: ShopProductLink.entryPoint,
      fields: ["shop_id"],
      filters: { product_id: productIds },
    })
    const shopIds = [...new Set((links as { shop_id: string }[]).map((link) => link.shop_id))].sort()
    const slots = chosenSlots(cart)
    // The same instant may be written two ways: the key is its ISO form.
    const slotOf = (shopId: string) => {
      const start = new Date(String(slots[shopId] ?? ""))
      return Number.isNaN(start.getTime()) ? null : start.toISOString()
    }
    return new StepResponse({ lock_keys: shopIds.map((id) => (slotOf(id) ? `pickup-slot:${id}:${slotOf(id)}` : `pickup-slots:${id}`)) })
  }
)
