import type { SqlQuery } from "./search-sql"

/** A catalogue row as the sync workflow computes it (the columns of `catalog_entry` it owns). */
export interface CatalogEntryInput {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  shop_id: string
  shop_handle: string
  shop_name: string
  trade: string
  category_ids: string[]
  category_handles: string[]
  category_names: string[]
  sales_channel_ids: string[]
  variant_ids: string[]
  inventory_item_ids: string[]
  price: number | null
  in_stock: boolean
  search_words: string
  search_details: string
}

const COLUMNS: Record<keyof CatalogEntryInput, string> = {
  id: "text",
  handle: "text",
  title: "text",
  thumbnail: "text",
  shop_id: "text",
  shop_handle: "text",
  shop_name: "text",
  trade: "text",
  category_ids: "text[]",
  category_handles: "text[]",
  category_names: "text[]",
  sales_channel_ids: "text[]",
  variant_ids: "text[]",
  inventory_item_ids: "text[]",
  price: "real",
  in_stock: "boolean",
  search_words: "text",
  search_details: "text",
}

/** Upserts `entries` in one statement (concurrent syncs of one product cannot collide). */
export function upsertEntriesQuery(entries: CatalogEntryInput[]): SqlQuery {
  const names = Object.keys(COLUMNS)
  const recordType = names.map((name) => `${name} ${COLUMNS[name as keyof CatalogEntryInput]}`).join(", ")
  const updates = names
    .filter((name) => name !== "id")
    .map((name) => `${name} = excluded.${name}`)
    .join(", ")
  const sql = `insert into catalog_entry (${names.join(", ")})
select ${names.join(", ")} from jsonb_to_recordset(?::jsonb) as r(${recordType})
on conflict (id) do update set ${updates}, updated_at = now(), deleted_at = null`
  return { sql, params: [JSON.stringify(entries)] }
}

/** Removes the rows of products that are no longer visible. */
export function deleteEntriesQuery(ids: string[]): SqlQuery {
  return { sql: "delete from catalog_entry where id = any(array(select jsonb_array_elements_text(?::jsonb)))", params: [JSON.stringify(ids)] }
}

/**
 * Adds the words of these rows to the word list typos are corrected against. Words are never
 * removed: a stale one only widens a search to a word no product has any more.
 */
export function addWordsQuery(entries: CatalogEntryInput[]): SqlQuery {
  const words = new Set(entries.flatMap((entry) => entry.search_words.split(" ")).filter((word) => word.length > 2))
  return {
    sql: "insert into catalog_word (word) select jsonb_array_elements_text(?::jsonb) on conflict do nothing",
    params: [JSON.stringify([...words])],
  }
}
