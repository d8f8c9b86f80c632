import { CATALOG_PRICE_BANDS, TRADES, type StoreCatalogResponse, type Trade } from "@mirashop/contract"
import type { CatalogSearchRow } from "../../modules/catalog/service"
import { publicFileUrl } from "../images"

const isTrade = (value: string): value is Trade => (TRADES as readonly string[]).includes(value)

/** Shapes the search statement's row as the contract's response (cards, count, facets). */
export function toCatalogResponse(
  row: CatalogSearchRow,
  page: { offset: number; limit: number },
  fileBaseUrl: string
): StoreCatalogResponse {
  return {
    products: row.products.map((product) => ({
      id: product.id,
      handle: product.handle,
      title: product.title,
      thumbnail: publicFileUrl(product.thumbnail, fileBaseUrl),
      shop: { id: product.shop_id, handle: product.shop_handle, name: product.shop_name },
      price: product.price === null ? null : { amount: Number(product.price), currency_code: "eur" },
      in_stock: product.in_stock,
    })),
    count: row.count,
    offset: page.offset,
    limit: page.limit,
    facets: {
      trade: row.trades.flatMap((facet) => (isTrade(facet.value) ? [{ value: facet.value, count: facet.count }] : [])),
      shop: row.shops,
      category: row.categories,
      price: CATALOG_PRICE_BANDS.map((band) => ({
        key: band.key,
        min: band.min,
        max: band.max,
        count: row.prices[band.key] ?? 0,
      })),
      in_stock: row.stock,
    },
  }
}
