import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ShopPickup } from "@mirashop/contract"
import { computePickupSlots, type Closure, type PickupSlotInput, type WeeklyHours } from "@mirashop/domain"
import ShopProductLink from "../links/shop-product"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { readJsonList } from "../modules/marketplace/utils/json-list"
import type { ShopRow } from "./merchant-shop"
import { readRuntimeEnv } from "../config/runtime"
import { publicFileUrl } from "./images"

interface CartRow {
  id: string
  currency_code: string
  metadata: Record<string, unknown> | null
  items?: ({
    id: string
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number
    thumbnail: string | null
    product_id: string | null
  } | null)[] | null
}

/** A cart, the shops its items come from, and each shop's slot inputs (for reading and validating). */
export interface CartPickupContext {
  cart: CartRow
  pickups: ShopPickup[]
  slotInputs: Record<string, PickupSlotInput>
}

/** The slots chosen so far, by shop id, as stored in the cart's metadata. */
export function chosenSlots(cart: { metadata: Record<string, unknown> | null }): Record<string, string> {
  const value = cart.metadata?.pickup_slots
  return value && typeof value === "object" ? (value as Record<string, string>) : {}
}

/** How many pickups each upcoming slot of a shop already holds (orders neither cancelled nor missed). */
export async function bookedSlots(container: MedusaContainer, shopIds: string[], now: Date): Promise<Record<string, Record<string, number>>> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const pickups = shopIds.length
    ? await marketplace.listOrderPickups(
        { shop_id: shopIds, status: ["placed", "accepted", "ready_for_pickup", "collected"], slot_start: { $gte: now } },
        { select: ["shop_id", "slot_start"] }
      )
    : []
  const booked: Record<string, Record<string, number>> = {}
  for (const pickup of pickups) {
    const counts = (booked[pickup.shop_id] ??= {})
    const slot = new Date(pickup.slot_start).toISOString()
    counts[slot] = (counts[slot] ?? 0) + 1
  }
  return booked
}

/** Groups a cart by shop with each shop's pickup details and the slots still bookable at `now`. */
export async function readCartPickup(container: MedusaContainer, cartId: string, now: Date): Promise<CartPickupContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "metadata",
      "items.id",
      "items.title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
      "items.thumbnail",
      "items.product_id",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as CartRow | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ce panier n'existe pas.")
  const items = (cart.items ?? []).filter((item): item is NonNullable<typeof item> => item !== null)

  const productIds = [...new Set(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))]
  const { data: links } = productIds.length
    ? await query.graph({ entity: ShopProductLink.entryPoint, fields: ["shop_id", "product_id"], filters: { product_id: productIds } })
    : { data: [] }
  const shopOfProduct = new Map((links as { shop_id: string; product_id: string }[]).map((l) => [l.product_id, l.shop_id]))
  const shopIds = [...new Set(shopOfProduct.values())]
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const shops: ShopRow[] = shopIds.length ? await marketplace.listShops({ id: shopIds }, { order: { name: "ASC" } }) : []
  const booked = await bookedSlots(container, shopIds, now)
  const chosen = chosenSlots(cart)
  const { fileBaseUrl } = readRuntimeEnv(process.env)

  const slotInputs: Record<string, PickupSlotInput> = {}
  const pickups = shops.map((shop): ShopPickup => {
    const shopItems = items.filter((item) => item.product_id && shopOfProduct.get(item.product_id) === shop.id)
    slotInputs[shop.id] = {
      hours: shop.opening_hours as WeeklyHours,
      closures: readJsonList<Closure>(shop.closures),
      preparationMinutes: shop.preparation_minutes,
      slotMinutes: shop.slot_minutes,
      capacity: shop.slot_capacity,
      booked: booked[shop.id] ?? {},
      now,
    }
    const subtotal = shopItems.reduce((sum, item) => sum + Number(item.unit_price) * Number(item.quantity), 0)
    return {
      shop: {
        id: shop.id,
        handle: shop.handle,
        name: shop.name,
        address: { line1: shop.address_line1, postal_code: shop.postal_code, city: shop.city },
        pickup_instructions: shop.pickup_instructions,
        accepts_pay_at_pickup: shop.accepts_pay_at_pickup,
        accepts_online_payment: shop.accepts_online_payment,
      },
      items: shopItems.map((item) => ({
        id: item.id,
        title: item.title,
        variant_title: item.variant_title,
        quantity: Number(item.quantity),
        unit_price: Number(item.unit_price),
        thumbnail: publicFileUrl(item.thumbnail, fileBaseUrl),
      })),
      subtotal: { amount: Math.round(subtotal * 100) / 100, currency_code: cart.currency_code },
      slots: computePickupSlots(slotInputs[shop.id]),
      selected_slot: chosen[shop.id] ?? null,
    }
  })
  return { cart, pickups, slotInputs }
}

