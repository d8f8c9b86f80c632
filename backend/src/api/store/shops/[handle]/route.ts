import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreCatalogResponse, StoreShopDetailResponse } from "@mirashop/contract"
import { readRuntimeEnv } from "../../../../config/runtime"
import { toCatalogResponse } from "../../../../lib/catalog/catalog-response"
import { sendCacheable, toCacheable } from "../../../../lib/catalog/http-cache"
import { ResponseCache } from "../../../../lib/catalog/response-cache"
import { STORE_SHOP_FIELDS, toStoreShop, type ShopRecord } from "../../../../lib/store-shop"
import { CATALOG_MODULE } from "../../../../modules/catalog"
import type CatalogModuleService from "../../../../modules/catalog/service"
import type { StoreGetShopQueryType } from "../validators"

/** A shop's product page is read far more often than it changes: each answer is reused for half a second. */
const productPages = new ResponseCache<StoreCatalogResponse>(500, 2000, 500)

/**
 * One approved shop with a page of its published products. The shop is read fresh (a
 * suspension hides it at once); its products come from the catalogue read model (one SQL
 * statement, up to date within 2 s), as on the search page, not from the product graph.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetShopQueryType>, res: MedusaResponse): Promise<void> {
  const { limit, offset } = req.validatedQuery
  const handle = req.params.handle
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shop",
    fields: [...STORE_SHOP_FIELDS],
    filters: { handle, status: "approved" },
  })
  const record = (data as ShopRecord[])[0]
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette boutique n'existe pas ou n'est pas en ligne.")
  }
  const salesChannelIds = [...req.publishable_key_context.sales_channel_ids].sort()
  const { products, count } = await productPages.get(JSON.stringify({ handle, limit, offset, salesChannelIds }), async () => {
    const catalog = req.scope.resolve<CatalogModuleService>(CATALOG_MODULE)
    const row = await catalog.searchCatalog({ shop: handle, terms: [], sales_channel_ids: salesChannelIds, limit, offset })
    return toCatalogResponse(row, { offset, limit }, readRuntimeEnv(process.env).fileBaseUrl)
  })
  const body: StoreShopDetailResponse = { shop: toStoreShop(record, new Date()), products, count, offset, limit }
  sendCacheable(req, res, toCacheable(body))
}
