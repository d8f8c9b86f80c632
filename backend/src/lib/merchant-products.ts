import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { readRuntimeEnv } from "../config/runtime"
import { publicFileUrl } from "./images"
import type { MerchantProduct, MerchantProductVariant, VatCategory } from "@mirashop/contract"

type Query = Omit<RemoteQueryFunction, symbol>

/** Fields read for a merchant's product. */
export const MERCHANT_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "type.metadata",
  "categories.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

interface Level {
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
}

interface ProductRow {
  id: string
  title: string
  handle: string
  description: string | null
  status: MerchantProduct["status"]
  thumbnail: string | null
  created_at: string | Date
  updated_at: string | Date
  images?: ({ id: string; url: string } | null)[] | null
  type?: { metadata?: Record<string, unknown> | null } | null
  categories?: ({ id: string } | null)[] | null
  variants?: ({
    id: string
    title: string
    sku: string | null
    prices?: ({ amount: number; currency_code: string } | null)[] | null
    inventory_items?: ({
      inventory_item_id: string
      inventory?: { location_levels?: (Level | null)[] | null } | null
    } | null)[] | null
  } | null)[] | null
}

function present<T>(items: (T | null)[] | null | undefined): T[] {
  return (items ?? []).filter((item): item is T => item !== null)
}

function toVariant(variant: NonNullable<ProductRow["variants"]>[number] & object, locationId: string): MerchantProductVariant {
  const item = present(variant.inventory_items)[0]
  const level = present(item?.inventory?.location_levels).find((l) => l.location_id === locationId)
  const price = present(variant.prices).find((p) => p.currency_code === "eur")
  return {
    id: variant.id,
    title: variant.title,
    sku: variant.sku,
    price: price ? Number(price.amount) : null,
    inventory_item_id: item?.inventory_item_id ?? null,
    stocked_quantity: Number(level?.stocked_quantity ?? 0),
    available_quantity: Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
  }
}

/** Shapes a product row for its merchant, with stock at the shop's location. */
export function toMerchantProduct(row: ProductRow, locationId: string): MerchantProduct {
  const { fileBaseUrl } = readRuntimeEnv(process.env)
  return {
    id: row.id,
    title: row.title,
    handle: row.handle,
    description: row.description ?? "",
    status: row.status,
    thumbnail: publicFileUrl(row.thumbnail, fileBaseUrl),
    images: present(row.images).map((image) => ({ id: image.id, url: publicFileUrl(image.url, fileBaseUrl) ?? image.url })),
    vat_category: (row.type?.metadata?.vat_category as VatCategory | undefined) ?? null,
    category_ids: present(row.categories).map((category) => category.id),
    variants: present(row.variants).map((variant) => toVariant(variant, locationId)),
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  }
}

/** Ids of every product of a shop (through the shop ↔ product link). */
export async function shopProductIds(query: Query, shopId: string): Promise<string[]> {
  const { data } = await query.graph({ entity: "shop", fields: ["products.id"], filters: { id: shopId } })
  return present((data[0]?.products ?? []) as ({ id: string } | null)[]).map((product) => product.id)
}

/** Reads products of a shop as the merchant sees them. */
export async function readMerchantProducts(
  query: Query,
  input: { ids: string[]; locationId: string; q?: string; status?: string; offset: number; limit: number }
): Promise<{ products: MerchantProduct[]; count: number }> {
  if (input.ids.length === 0) return { products: [], count: 0 }
  const filters: Record<string, unknown> = { id: input.ids }
  if (input.status) filters.status = input.status
  if (input.q) filters.title = { $ilike: `%${input.q.replace(/[%_\\]/g, "\\$&")}%` }
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: MERCHANT_PRODUCT_FIELDS,
    filters,
    pagination: { skip: input.offset, take: input.limit, order: { created_at: "DESC" } },
  })
  return {
    products: (data as ProductRow[]).map((row) => toMerchantProduct(row, input.locationId)),
    count: metadata?.count ?? data.length,
  }
}

/** One product of a shop as its merchant sees it (ownership is checked before, by middleware). */
export async function readMerchantProduct(query: Query, id: string, locationId: string): Promise<MerchantProduct> {
  const { products } = await readMerchantProducts(query, { ids: [id], locationId, offset: 0, limit: 1 })
  return products[0]
}
