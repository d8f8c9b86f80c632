import type { ShopSummary, StoreProductCard } from "@mirashop/contract"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { readRuntimeEnv } from "../config/runtime"
import { publicFileUrl } from "./images"

const CARD_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

interface CardProduct {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  variants?: {
    manage_inventory: boolean
    allow_backorder: boolean
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: {
      inventory?: {
        location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number }[]
      }
    }[]
  }[]
}

/** Where a page of a shop's published products is read from. */
export interface ProductPageInput {
  productIds: string[]
  shop: ShopSummary
  locationId: string | undefined
  offset: number
  limit: number
}

/** Reads one page of a shop's published products as cards (cheapest EUR price, stock at the shop). */
export async function loadProductCards(
  query: Omit<RemoteQueryFunction, symbol>,
  input: ProductPageInput
): Promise<{ products: StoreProductCard[]; count: number }> {
  if (input.productIds.length === 0) return { products: [], count: 0 }
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: CARD_FIELDS,
    filters: { id: input.productIds, status: "published" },
    pagination: { skip: input.offset, take: input.limit, order: { title: "ASC" } },
  })
  const { fileBaseUrl } = readRuntimeEnv(process.env)
  const products = (data as unknown as CardProduct[]).map((product) =>
    toCard(product, input.shop, input.locationId, fileBaseUrl)
  )
  return { products, count: metadata?.count ?? products.length }
}

function toCard(
  product: CardProduct,
  shop: ShopSummary,
  locationId: string | undefined,
  fileBaseUrl: string
): StoreProductCard {
  const variants = product.variants ?? []
  const prices = variants.flatMap((v) => (v.prices ?? []).filter((p) => p.currency_code === "eur"))
  const cheapest = prices.reduce<number | null>(
    (min, p) => (min === null || p.amount < min ? p.amount : min),
    null
  )
  const inStock = variants.some(
    (v) => !v.manage_inventory || v.allow_backorder || availableAt(v, locationId) > 0
  )
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: publicFileUrl(product.thumbnail, fileBaseUrl),
    shop,
    price: cheapest === null ? null : { amount: cheapest, currency_code: "eur" },
    in_stock: inStock,
  }
}

function availableAt(
  variant: NonNullable<CardProduct["variants"]>[number],
  locationId: string | undefined
): number {
  return (variant.inventory_items ?? []).reduce((sum, item) => {
    const levels = item.inventory?.location_levels ?? []
    const level = levels.find((l) => l.location_id === locationId)
    return sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0)
  }, 0)
}
