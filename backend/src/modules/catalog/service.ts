import { MedusaService } from "@medusajs/framework/utils"
import CatalogEntry from "./models/catalog-entry"
import { addWordsQuery, deleteEntriesQuery, upsertEntriesQuery, type CatalogEntryInput } from "./entry-sql"
import { catalogSearchQuery, type CatalogSearchInput } from "./search-sql"

/** A row of the search statement: the page and the facets, as Postgres built them in JSON. */
export interface CatalogSearchRow {
  count: number
  products: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    shop_id: string
    shop_handle: string
    shop_name: string
    price: number | null
    in_stock: boolean
  }[]
  trades: { value: string; count: number }[]
  shops: { handle: string; name: string; count: number }[]
  categories: { id: string; handle: string; name: string; count: number }[]
  prices: Record<string, number>
  stock: { in_stock: number; out_of_stock: number }
}

interface RawSqlManager {
  execute(sql: string, params: unknown[]): Promise<unknown>
  transactional?<T>(run: (manager: RawSqlManager) => Promise<T>): Promise<T>
}

/** The catalogue read model: rows written by the sync workflow, read by one SQL statement. */
class CatalogModuleService extends MedusaService({ CatalogEntry }) {
  protected readonly manager_: RawSqlManager

  constructor(...args: [{ manager: RawSqlManager } & Record<string, unknown>, ...unknown[]]) {
    super(...args)
    this.manager_ = args[0].manager
  }

  /** A page of visible products matching the filters, with the count and facets of the whole result. */
  async searchCatalog(input: CatalogSearchInput): Promise<CatalogSearchRow> {
    const { sql, params } = catalogSearchQuery(input)
    const rows = (await this.manager_.execute(sql, params)) as CatalogSearchRow[]
    return rows[0]
  }

  /** Writes the rows of visible products and removes those of `hiddenIds`, in one transaction. */
  async replaceEntries(entries: CatalogEntryInput[], hiddenIds: string[]): Promise<void> {
    const run = async (manager: RawSqlManager) => {
      if (hiddenIds.length > 0) {
        const remove = deleteEntriesQuery(hiddenIds)
        await manager.execute(remove.sql, remove.params)
      }
      if (entries.length > 0) {
        const upsert = upsertEntriesQuery(entries)
        await manager.execute(upsert.sql, upsert.params)
        const words = addWordsQuery(entries)
        await manager.execute(words.sql, words.params)
      }
    }
    if (this.manager_.transactional) await this.manager_.transactional(run)
    else await run(this.manager_)
  }

  /** The current rows of these products (to restore them if a sync is compensated). */
  async entriesOf(ids: string[]): Promise<CatalogEntryInput[]> {
    if (ids.length === 0) return []
    return (await this.manager_.execute(
      `select id, handle, title, thumbnail, shop_id, shop_handle, shop_name, trade, category_ids, category_handles,
              category_names, sales_channel_ids, variant_ids, inventory_item_ids, price, in_stock, search_words, search_details
       from catalog_entry where id = any(array(select jsonb_array_elements_text(?::jsonb)))`,
      [JSON.stringify(ids)]
    )) as CatalogEntryInput[]
  }

  /** Products whose row mentions one of these variants or inventory items (also finds deleted ones). */
  async productIdsReferencing(variantIds: string[], inventoryItemIds: string[]): Promise<string[]> {
    if (variantIds.length === 0 && inventoryItemIds.length === 0) return []
    const rows = (await this.manager_.execute(
      "select id from catalog_entry where variant_ids && array(select jsonb_array_elements_text(?::jsonb)) or inventory_item_ids && array(select jsonb_array_elements_text(?::jsonb))",
      [JSON.stringify(variantIds), JSON.stringify(inventoryItemIds)]
    )) as { id: string }[]
    return rows.map((row) => row.id)
  }

  /** Every product id the catalogue holds (a rebuild also clears rows of products gone since). */
  async allEntryIds(): Promise<string[]> {
    const rows = (await this.manager_.execute("select id from catalog_entry", [])) as { id: string }[]
    return rows.map((row) => row.id)
  }
}

export default CatalogModuleService
