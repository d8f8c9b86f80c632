import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_SOURCE_FIELDS, toCatalogEntry, type CatalogSourceProduct } from "../../../lib/catalog/catalog-entry"
import type { CatalogEntryInput } from "../../../modules/catalog/entry-sql"

export const computeCatalogEntriesStepId = "compute-catalog-entries"

/** Rows to write and product ids whose rows must go. */
export interface ComputedCatalogEntries {
  entries: CatalogEntryInput[]
  hidden_ids: string[]
}

/** Reads the products from Medusa (product, pricing, inventory, shop links) and computes their rows. */
export const computeCatalogEntriesStep = createStep(
  computeCatalogEntriesStepId,
  async (productIds: string[], { container }) => {
    if (productIds.length === 0) return new StepResponse<ComputedCatalogEntries>({ entries: [], hidden_ids: [] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: CATALOG_SOURCE_FIELDS, filters: { id: productIds } })
    const entries = (data as unknown as CatalogSourceProduct[])
      .map(toCatalogEntry)
      .filter((entry): entry is CatalogEntryInput => entry !== null)
    const visible = new Set(entries.map((entry) => entry.id))
    return new StepResponse<ComputedCatalogEntries>({
      entries,
      hidden_ids: productIds.filter((id) => !visible.has(id)),
    })
  }
)
