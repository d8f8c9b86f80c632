import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { readRuntimeEnv } from "../../../config/runtime"
import { toCatalogResponse } from "../../../lib/catalog/catalog-response"
import { sendCacheable, toCacheable, type CacheableBody } from "../../../lib/catalog/http-cache"
import { ResponseCache } from "../../../lib/catalog/response-cache"
import { searchTerms } from "../../../lib/catalog/search-terms"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import type { StoreCatalogQueryType } from "./validators"

const answers = new ResponseCache<CacheableBody>(500, 2000, 500)

/**
 * Products of every approved shop, searched and filtered, with facets: read from the
 * catalogue read model (one SQL statement), never from the product graph.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreCatalogQueryType>, res: MedusaResponse): Promise<void> {
  const { q, limit, offset, ...filters } = req.validatedQuery
  const input = {
    ...filters,
    terms: searchTerms(q),
    sales_channel_ids: [...req.publishable_key_context.sales_channel_ids].sort(),
    limit,
    offset,
  }
  const answer = await answers.get(JSON.stringify(input), async () => {
    const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
    const row = await catalog.searchCatalog(input)
    return toCacheable(toCatalogResponse(row, { offset, limit }, readRuntimeEnv(process.env).fileBaseUrl))
  })
  sendCacheable(req, res, answer)
}
