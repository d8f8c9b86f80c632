import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../modules/catalog"
import type CatalogModuleService from "../modules/catalog/service"
import { syncCatalogWorkflow } from "../workflows/catalog/sync-catalog"

const BATCH = 500

/** Recomputes every catalogue row from Medusa's data, in batches; rows of vanished products go. */
export async function rebuildCatalog(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const catalog = container.resolve<CatalogModuleService>(CATALOG_MODULE)
  const { data } = await query.graph({ entity: "product", fields: ["id"] })
  const ids = [...new Set([...data.map((product: { id: string }) => product.id), ...(await catalog.allEntryIds())])]
  for (let start = 0; start < ids.length; start += BATCH) {
    await syncCatalogWorkflow(container).run({ input: { product_ids: ids.slice(start, start + BATCH) } })
  }
  return ids.length
}

/** `medusa exec ./src/scripts/rebuild-catalog.ts`: rebuilds the catalogue read model on demand. */
export default async function rebuildCatalogScript({ container }: ExecArgs): Promise<void> {
  const count = await rebuildCatalog(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Catalogue reconstruit : ${count} produits examinés.`)
}
