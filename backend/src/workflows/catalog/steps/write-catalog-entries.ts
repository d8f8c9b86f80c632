import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import type { CatalogEntryInput } from "../../../modules/catalog/entry-sql"
import type { ComputedCatalogEntries } from "./compute-catalog-entries"

export const writeCatalogEntriesStepId = "write-catalog-entries"

/** Writes the computed rows; undoing puts back the rows these products had before. */
export const writeCatalogEntriesStep = createStep(
  writeCatalogEntriesStepId,
  async (input: ComputedCatalogEntries, { container }) => {
    const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
    const touched = [...input.entries.map((entry) => entry.id), ...input.hidden_ids]
    const previous = await catalog.entriesOf(touched)
    await catalog.replaceEntries(input.entries, input.hidden_ids)
    return new StepResponse(touched.length, { touched, previous })
  },
  async (undo: { touched: string[]; previous: CatalogEntryInput[] } | undefined, { container }) => {
    if (!undo) return
    const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
    const restored = new Set(undo.previous.map((entry) => entry.id))
    await catalog.replaceEntries(undo.previous, undo.touched.filter((id) => !restored.has(id)))
  }
)
