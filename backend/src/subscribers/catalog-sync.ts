import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MARKETPLACE_EVENTS } from "../modules/marketplace/events"
import type { CatalogChanges } from "../workflows/catalog/steps/resolve-catalog-products"
import { syncCatalogWorkflow } from "../workflows/catalog/sync-catalog"

/** Which kind of record each event names, so the sync knows how to find the products concerned. */
const CHANGE_KEY_BY_EVENT: Record<string, keyof CatalogChanges> = {
  "product.created": "product_ids",
  "product.updated": "product_ids",
  "product.deleted": "product_ids",
  "product-variant.created": "variant_ids",
  "product-variant.updated": "variant_ids",
  "product-variant.deleted": "variant_ids",
  "inventory-level.created": "inventory_level_ids",
  "inventory-level.updated": "inventory_level_ids",
  "inventory-level.deleted": "inventory_level_ids",
  "reservation-item.created": "reservation_ids",
  "reservation-item.updated": "reservation_ids",
  "reservation-item.deleted": "reservation_ids",
  [MARKETPLACE_EVENTS.SHOP_APPROVED]: "shop_ids",
  [MARKETPLACE_EVENTS.SHOP_SUSPENDED]: "shop_ids",
}

/** Keeps the catalogue read model in step with products, prices, stock and shop decisions. */
export default async function catalogSync({ event, container }: SubscriberArgs<{ id: string }>): Promise<void> {
  const key = CHANGE_KEY_BY_EVENT[event.name]
  if (!key || !event.data?.id) return
  await syncCatalogWorkflow(container).run({ input: { [key]: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: Object.keys(CHANGE_KEY_BY_EVENT),
  context: { subscriberId: "catalog-sync" },
}
