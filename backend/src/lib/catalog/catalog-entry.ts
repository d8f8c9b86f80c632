import type { CatalogEntryInput } from "../../modules/catalog/entry-sql"
import { normalizeText } from "./search-terms"

/** Fields of a product the catalogue row is computed from (query.graph, product side of the links). */
export const CATALOG_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "status",
  "sales_channels.id",
  "categories.id",
  "categories.handle",
  "categories.name",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "shop.id",
  "shop.handle",
  "shop.name",
  "shop.trade",
  "shop.status",
  "shop.stock_location.id",
]

/** A product as query.graph returns it with `CATALOG_SOURCE_FIELDS`. */
export interface CatalogSourceProduct {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  status: string
  sales_channels?: ({ id: string } | null)[]
  categories?: ({ id: string; handle: string; name: string } | null)[]
  variants?: {
    id: string
    manage_inventory: boolean
    allow_backorder: boolean
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: {
      inventory_item_id: string
      inventory?: {
        location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[]
      }
    }[]
  }[]
  shop?: {
    id: string
    handle: string
    name: string
    trade: string
    status: string
    stock_location?: { id: string } | null
  } | null
}

function availableAt(variant: NonNullable<CatalogSourceProduct["variants"]>[number], locationId?: string): number {
  return (variant.inventory_items ?? []).reduce((sum, item) => {
    const level = (item.inventory?.location_levels ?? []).find((l) => l.location_id === locationId)
    return sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0)
  }, 0)
}

/** The catalogue row of a product, or null when shoppers must not see it (draft, no shop, shop not approved). */
export function toCatalogEntry(product: CatalogSourceProduct): CatalogEntryInput | null {
  const shop = product.shop
  if (!shop || shop.status !== "approved" || product.status !== "published") return null
  const variants = product.variants ?? []
  const categories = (product.categories ?? []).filter((c): c is NonNullable<typeof c> => Boolean(c))
  const prices = variants.flatMap((v) => (v.prices ?? []).filter((p) => p.currency_code === "eur"))
  const price = prices.length === 0 ? null : Math.min(...prices.map((p) => Number(p.amount)))
  const locationId = shop.stock_location?.id
  const inStock = variants.some((v) => !v.manage_inventory || v.allow_backorder || availableAt(v, locationId) > 0)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: product.thumbnail,
    shop_id: shop.id,
    shop_handle: shop.handle,
    shop_name: shop.name,
    trade: shop.trade,
    category_ids: categories.map((c) => c.id),
    category_handles: categories.map((c) => c.handle),
    category_names: categories.map((c) => c.name),
    sales_channel_ids: (product.sales_channels ?? []).flatMap((c) => (c ? [c.id] : [])),
    variant_ids: variants.map((v) => v.id),
    inventory_item_ids: variants.flatMap((v) => (v.inventory_items ?? []).map((i) => i.inventory_item_id)),
    price,
    in_stock: inStock,
    search_words: normalizeText([product.title, shop.name, ...categories.map((c) => c.name)].join(" ")),
    search_details: normalizeText(product.description ?? ""),
  }
}
