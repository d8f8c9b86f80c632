import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  LOW_STOCK_THRESHOLD,
  type ProductPageVariant,
  type StoreProductPage,
  type VariantStock,
} from "@mirashop/contract"
import { computePickupSlots, type Closure, type WeeklyHours } from "@mirashop/domain"
import { readRuntimeEnv } from "../config/runtime"
import { bookedSlots } from "./cart-pickup"
import { publicFileUrl } from "./images"
import { STORE_SHOP_FIELDS, toStoreShop, type ShopRecord } from "./store-shop"

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.variant_rank",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.options.value",
  "variants.options.option_id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

interface ShopForPage extends ShopRecord {
  slot_minutes: number
  slot_capacity: number
  products?: ({ id: string } | null)[] | null
  stock_location?: { id: string } | null
}

interface Level {
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

interface VariantRow {
  id: string
  title: string | null
  variant_rank: number | null
  manage_inventory: boolean
  allow_backorder: boolean
  options?: ({ value: string; option_id: string | null } | null)[] | null
  prices?: ({ amount: number; currency_code: string } | null)[] | null
  inventory_items?:
    ({ inventory?: { location_levels?: (Level | null)[] | null } | null } | null)[] | null
}

interface ProductRow {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  images?: ({ id: string; url: string; rank: number | null } | null)[] | null
  options?:
    ({ id: string; title: string; values?: ({ value: string } | null)[] | null } | null)[] | null
  variants?: (VariantRow | null)[] | null
}

const present = <T>(items: (T | null)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item !== null && item !== undefined)

/** Units of a variant a shopper can still order at the shop's location (stocked minus reserved). */
function availableAt(variant: VariantRow, locationId: string | undefined): number {
  return present(variant.inventory_items).reduce((sum, item) => {
    const level = present(item.inventory?.location_levels).find((l) => l.location_id === locationId)
    return sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0)
  }, 0)
}

/** "En stock", "Plus que N" or "Épuisé"; the exact count is only told when it matters. */
export function stockOf(variant: VariantRow, locationId: string | undefined): VariantStock {
  if (!variant.manage_inventory || variant.allow_backorder)
    return { status: "in_stock", remaining: null }
  const available = Math.max(0, availableAt(variant, locationId))
  if (available === 0) return { status: "out_of_stock", remaining: 0 }
  if (available <= LOW_STOCK_THRESHOLD) return { status: "low_stock", remaining: available }
  return { status: "in_stock", remaining: null }
}

function toVariant(variant: VariantRow, locationId: string | undefined): ProductPageVariant {
  const euro = present(variant.prices).find((price) => price.currency_code === "eur")
  return {
    id: variant.id,
    title: variant.title ?? "",
    options: Object.fromEntries(
      present(variant.options).flatMap((o) => (o.option_id ? [[o.option_id, o.value]] : []))
    ),
    price: euro ? { amount: Number(euro.amount), currency_code: "eur" } : null,
    stock: stockOf(variant, locationId),
  }
}

const notFound = () =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    "Ce produit n'existe pas ou n'est plus en vente dans cette boutique."
  )

/**
 * A published product of an approved shop, with its variants, prices (VAT included), stock at
 * the shop's own location and the first pickup slot an order placed at `now` could get.
 * Anything else (pending or suspended shop, draft product, another shop's product) is not found.
 */
export async function loadProductPage(
  container: MedusaContainer,
  shopHandle: string,
  productHandle: string,
  now: Date
): Promise<StoreProductPage> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shops } = await query.graph({
    entity: "shop",
    fields: [
      ...STORE_SHOP_FIELDS,
      "slot_minutes",
      "slot_capacity",
      "products.id",
      "stock_location.id",
    ],
    filters: { handle: shopHandle, status: "approved" },
  })
  const shop = (shops as ShopForPage[])[0]
  const productIds = present(shop?.products).map((product) => product.id)
  if (!shop || productIds.length === 0) throw notFound()

  const { data: products } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { id: productIds, handle: productHandle, status: "published" },
  })
  const product = (products as unknown as ProductRow[])[0]
  if (!product) throw notFound()

  const locationId = shop.stock_location?.id
  const { fileBaseUrl } = readRuntimeEnv(process.env)
  const storeShop = toStoreShop(shop, now)
  const booked = await bookedSlots(container, [shop.id], now)
  const [earliest] = computePickupSlots({
    hours: shop.opening_hours as WeeklyHours,
    closures: (Array.isArray(shop.closures) ? shop.closures : []) as Closure[],
    preparationMinutes: shop.preparation_minutes,
    slotMinutes: shop.slot_minutes,
    capacity: shop.slot_capacity,
    booked: booked[shop.id] ?? {},
    now,
  })

  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description ?? "",
    thumbnail: publicFileUrl(product.thumbnail, fileBaseUrl),
    images: present(product.images)
      .toSorted((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => ({ id: image.id, url: publicFileUrl(image.url, fileBaseUrl) ?? image.url })),
    options: present(product.options).map((option) => ({
      id: option.id,
      title: option.title,
      values: present(option.values).map((value) => value.value),
    })),
    variants: present(product.variants)
      .toSorted((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
      .map((variant) => toVariant(variant, locationId)),
    shop: {
      id: storeShop.id,
      handle: storeShop.handle,
      name: storeShop.name,
      address: storeShop.address,
      pickup_instructions: storeShop.pickup_instructions,
      is_open_now: storeShop.is_open_now,
    },
    ready: { preparation_minutes: shop.preparation_minutes, earliest_slot: earliest ?? null },
  }
}
