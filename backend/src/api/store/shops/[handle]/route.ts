import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreShopDetailResponse } from "@mirashop/contract"
import { loadProductCards } from "../../../../lib/product-cards"
import { STORE_SHOP_FIELDS, toStoreShop, type ShopRecord } from "../../../../lib/store-shop"
import type { StoreGetShopQueryType } from "../validators"

interface ShopWithLinks extends ShopRecord {
  products?: { id: string }[]
  stock_location?: { id: string } | null
}

/** One approved shop with a page of its published products. */
export async function GET(
  req: MedusaRequest<unknown, StoreGetShopQueryType>,
  res: MedusaResponse<StoreShopDetailResponse>
): Promise<void> {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shop",
    fields: [...STORE_SHOP_FIELDS, "products.id", "stock_location.id"],
    filters: { handle: req.params.handle, status: "approved" },
  })
  const record = (data as ShopWithLinks[])[0]
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette boutique n'existe pas ou n'est pas en ligne.")
  }

  const shop = toStoreShop(record, new Date())
  const { products, count } = await loadProductCards(query, {
    productIds: (record.products ?? []).map((product) => product.id),
    shop: { id: shop.id, handle: shop.handle, name: shop.name },
    locationId: record.stock_location?.id,
    offset,
    limit,
  })
  res.json({ shop, products, count, offset, limit })
}
