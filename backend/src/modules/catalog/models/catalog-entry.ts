import { model } from "@medusajs/framework/utils"

/**
 * One visible product as the catalogue shows it: published, of an approved shop. Rebuilt
 * from Medusa's product, pricing, inventory and marketplace data; never edited by hand.
 * The migration adds `search_vector` (French tsvector) and trigram indexes the DML cannot express.
 */
const CatalogEntry = model
  .define("catalog_entry", {
    /** The product id: one entry per product. */
    id: model.text().primaryKey(),
    handle: model.text(),
    title: model.text(),
    thumbnail: model.text().nullable(),
    shop_id: model.text(),
    shop_handle: model.text(),
    shop_name: model.text(),
    trade: model.text(),
    category_ids: model.array(),
    category_handles: model.array(),
    category_names: model.array(),
    sales_channel_ids: model.array(),
    variant_ids: model.array(),
    inventory_item_ids: model.array(),
    /** Cheapest EUR variant price, VAT included; null when no variant has one. */
    price: model.float().nullable(),
    in_stock: model.boolean(),
    /** Lower-case, accent-free title, shop and category words (trigram typo tolerance). */
    search_words: model.text(),
    /** Lower-case, accent-free words of the description (full-text only). */
    search_details: model.text(),
  })
  .indexes([{ on: ["shop_handle"] }, { on: ["trade"] }])

export default CatalogEntry
