import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"

export const resolveCatalogProductsStepId = "resolve-catalog-products"

/** Whatever changed, as events name it; the step finds the products whose rows must be recomputed. */
export interface CatalogChanges {
  product_ids?: string[]
  variant_ids?: string[]
  inventory_level_ids?: string[]
  reservation_ids?: string[]
  shop_ids?: string[]
}

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: unknown[] }> }

async function ids<T>(query: Query, entity: string, fields: string[], idList: string[] | undefined, pick: (row: T) => (string | undefined | null)[]) {
  if (!idList?.length) return []
  const { data } = await query.graph({ entity, fields, filters: { id: idList }, withDeleted: true })
  return (data as T[]).flatMap(pick).filter((id): id is string => Boolean(id))
}

/** Turns changed records (variants, stock levels, reservations, shops) into the product ids they concern. */
export const resolveCatalogProductsStep = createStep(
  resolveCatalogProductsStepId,
  async (changes: CatalogChanges, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
    const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
    const fromVariants = await ids<{ product_id: string }>(query, "product_variant", ["id", "product_id"], changes.variant_ids, (v) => [v.product_id])
    const itemsFromLevels = await ids<{ inventory_item_id: string }>(query, "inventory_level", ["id", "inventory_item_id"], changes.inventory_level_ids, (l) => [l.inventory_item_id])
    const itemsFromReservations = await ids<{ inventory_item_id: string }>(query, "reservation_item", ["id", "inventory_item_id"], changes.reservation_ids, (r) => [r.inventory_item_id])
    const fromShops = await ids<{ products?: { id: string }[] }>(query, "shop", ["id", "products.id"], changes.shop_ids, (s) => (s.products ?? []).map((p) => p.id))
    const inventoryItemIds = [...itemsFromLevels, ...itemsFromReservations]
    const fromInventory = inventoryItemIds.length
      ? await ids<{ variants?: { product_id: string }[] }>(query, "inventory_item", ["id", "variants.product_id"], inventoryItemIds, (i) => (i.variants ?? []).map((v) => v.product_id))
      : []
    const referencing = await catalog.productIdsReferencing(changes.variant_ids ?? [], inventoryItemIds)
    const productIds = new Set([...(changes.product_ids ?? []), ...fromVariants, ...fromShops, ...fromInventory, ...referencing])
    return new StepResponse([...productIds])
  }
)
