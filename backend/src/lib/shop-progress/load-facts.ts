import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ACCEPTANCE_WINDOW_MS, type OrderFacts, type ProductFacts, type ProgressFacts, type WeeklyHours } from "@mirashop/domain"
import { readRuntimeEnv } from "../../config/runtime"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"
import { readJsonList } from "../../modules/marketplace/utils/json-list"
import { shopProductIds } from "../merchant-products"

interface Level {
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
  updated_at: string | Date
}

interface ProductRow {
  status: string
  description: string | null
  thumbnail: string | null
  images?: ({ id: string } | null)[] | null
  variants?: ({
    prices?: ({ amount: number; currency_code: string } | null)[] | null
    inventory_items?: ({ inventory?: { location_levels?: (Level | null)[] | null } | null } | null)[] | null
  } | null)[] | null
}

function present<T>(items: (T | null)[] | null | undefined): T[] {
  return (items ?? []).filter((entry): entry is T => entry !== null)
}

function toProductFacts(row: ProductRow, locationId: string): ProductFacts {
  const variants = present(row.variants)
  const levels = variants.flatMap((variant) =>
    present(variant.inventory_items).flatMap((item) =>
      present(item.inventory?.location_levels).filter((level) => level.location_id === locationId)
    )
  )
  const changed = levels.map((level) => new Date(level.updated_at).getTime())
  return {
    published: row.status === "published",
    description_length: (row.description ?? "").trim().length,
    has_photo: Boolean(row.thumbnail) || present(row.images).length > 0,
    has_price: variants.some((variant) => present(variant.prices).some((price) => price.currency_code === "eur")),
    available: levels.reduce((sum, level) => sum + Math.max(0, Number(level.stocked_quantity) - Number(level.reserved_quantity)), 0),
    stock_changed_at: changed.length ? new Date(Math.max(...changed)) : null,
  }
}

async function loadProducts(container: MedusaContainer, shopId: string, locationId: string): Promise<ProductFacts[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await shopProductIds(query, shopId)
  if (ids.length === 0) return []
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "status",
      "description",
      "thumbnail",
      "images.id",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.inventory_items.inventory.location_levels.location_id",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
      "variants.inventory_items.inventory.location_levels.updated_at",
    ],
    filters: { id: ids },
  })
  return (data as ProductRow[]).map((row) => toProductFacts(row, locationId))
}

async function loadRecentOrders(marketplace: MarketplaceModuleService, shopId: string, now: Date): Promise<OrderFacts[]> {
  const pickups = await marketplace.listOrderPickups(
    { shop_id: shopId, created_at: { $gte: new Date(now.getTime() - ACCEPTANCE_WINDOW_MS) } },
    { select: ["created_at", "accepted_at", "cancelled_at", "cancelled_by"] }
  )
  const date = (value: string | Date | null) => (value ? new Date(value) : null)
  return pickups.map((pickup) => ({
    created_at: new Date(pickup.created_at),
    accepted_at: date(pickup.accepted_at),
    cancelled_at: date(pickup.cancelled_at),
    cancelled_by: pickup.cancelled_by,
  }))
}

/** Reads, once, everything the progress rules measure about a shop. */
export async function loadProgressFacts(container: MedusaContainer, shopId: string, now: Date): Promise<ProgressFacts> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const shop = await marketplace.retrieveShop(shopId)
  const { data } = await query.graph({ entity: "shop", fields: ["stock_location.id"], filters: { id: shopId } })
  const locationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id ?? ""
  const [products, recentOrders] = await Promise.all([
    loadProducts(container, shopId, locationId),
    loadRecentOrders(marketplace, shopId, now),
  ])
  return {
    shop: {
      status: shop.status,
      description: shop.description,
      phone: shop.phone,
      logo_url: shop.logo_url,
      address_line1: shop.address_line1,
      latitude: shop.latitude,
      longitude: shop.longitude,
      opening_hours: shop.opening_hours as WeeklyHours,
      closures_count: readJsonList(shop.closures).length,
      pickup_instructions: shop.pickup_instructions,
      preparation_minutes: shop.preparation_minutes,
      slot_capacity: shop.slot_capacity,
      accepts_pay_at_pickup: shop.accepts_pay_at_pickup,
      accepts_online_payment: shop.accepts_online_payment,
    },
    products,
    recent_orders: recentOrders,
    online_payment_available: readRuntimeEnv(process.env).stripe !== undefined,
    // City campaigns are not built yet: the item reports "not available" until they are.
    current_campaign: null,
    now,
  }
}
