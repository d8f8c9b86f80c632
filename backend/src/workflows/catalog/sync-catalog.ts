import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeCatalogEntriesStep } from "./steps/compute-catalog-entries"
import { resolveCatalogProductsStep, type CatalogChanges } from "./steps/resolve-catalog-products"
import { writeCatalogEntriesStep } from "./steps/write-catalog-entries"

/** What changed; any combination of ids. */
export type SyncCatalogWorkflowInput = CatalogChanges

export const syncCatalogWorkflowId = "sync-catalog"

/** Recomputes the catalogue rows of the products a change concerns (the read model's only writer). */
export const syncCatalogWorkflow = createWorkflow(syncCatalogWorkflowId, (input: SyncCatalogWorkflowInput) => {
  const productIds = resolveCatalogProductsStep(input)
  const computed = computeCatalogEntriesStep(productIds)
  const written = writeCatalogEntriesStep(computed)
  return new WorkflowResponse(written)
})
