import { CATALOG_PRICE_BANDS } from "@mirashop/contract"

/** What a catalogue search filters on; `terms` are already normalised (see lib/catalog/search-terms). */
export interface CatalogSearchInput {
  sales_channel_ids: string[]
  terms: string[]
  shop?: string
  trade?: string
  category?: string
  in_stock?: boolean
  price_min?: number
  price_max?: number
  limit: number
  offset: number
}

/** A SQL text with `?` placeholders and its values, as MikroORM's `execute` takes them. */
export interface SqlQuery {
  sql: string
  params: unknown[]
}

function whereClause(input: CatalogSearchInput): SqlQuery {
  const clauses = ["deleted_at is null", "sales_channel_ids && array(select jsonb_array_elements_text(?::jsonb))"]
  const params: unknown[] = [JSON.stringify(input.sales_channel_ids)]
  if (input.shop) {
    clauses.push("shop_handle = ?")
    params.push(input.shop)
  }
  if (input.trade) {
    clauses.push("trade = ?")
    params.push(input.trade)
  }
  if (input.category) {
    clauses.push("(category_ids @> array[?]::text[] or category_handles @> array[?]::text[])")
    params.push(input.category, input.category)
  }
  if (input.in_stock !== undefined) {
    clauses.push(input.in_stock ? "in_stock" : "not in_stock")
  }
  if (input.price_min !== undefined) {
    clauses.push("price >= ?")
    params.push(input.price_min)
  }
  if (input.price_max !== undefined) {
    clauses.push("price <= ?")
    params.push(input.price_max)
  }
  for (const term of input.terms) {
    // The term as a French prefix, or any known word close enough to be what was meant.
    clauses.push(`search_vector @@ (
      select to_tsquery('french', string_agg(w, ' | ')) from (
        select ?::text as w
        union all (select word from catalog_word where word % ? order by word <-> ? limit 4)
      ) as words)`)
    params.push(`${term}:*`, term, term)
  }
  return { sql: clauses.join(" and "), params }
}

function rankExpression(terms: string[]): SqlQuery {
  if (terms.length === 0) return { sql: "0::real", params: [] }
  return {
    sql: "ts_rank(search_vector, to_tsquery('french', ?)) + word_similarity(?, search_words)",
    params: [terms.map((term) => `${term}:*`).join(" | "), terms.join(" ")],
  }
}

function priceBandCounts(): string {
  return CATALOG_PRICE_BANDS.map((band) => {
    const conditions = [
      band.min === null ? null : `price >= ${band.min}`,
      band.max === null ? null : `price < ${band.max}`,
    ].filter(Boolean)
    return `'${band.key}', count(*) filter (where ${conditions.join(" and ")})::int`
  }).join(", ")
}

/** One statement returning the page, the count and every facet of a catalogue search. */
export function catalogSearchQuery(input: CatalogSearchInput): SqlQuery {
  const where = whereClause(input)
  const rank = rankExpression(input.terms)
  const facet = (select: string) => `(select coalesce(json_agg(f), '[]'::json) from (${select}) f)`
  const sql = `
with matched as materialized (
  select id, handle, title, thumbnail, shop_id, shop_handle, shop_name, trade,
         category_ids, category_handles, category_names, price, in_stock, ${rank.sql} as rank
  from catalog_entry
  where ${where.sql}
)
select
  (select count(*) from matched)::int as count,
  ${facet("select id, handle, title, thumbnail, shop_id, shop_handle, shop_name, price, in_stock from matched order by rank desc, title, id limit ? offset ?")} as products,
  ${facet("select trade as value, count(*)::int as count from matched group by trade order by count desc, value")} as trades,
  ${facet("select shop_handle as handle, shop_name as name, count(*)::int as count from matched group by shop_handle, shop_name order by count desc, name")} as shops,
  ${facet("select c.id, c.handle, c.name, count(*)::int as count from matched, unnest(matched.category_ids, matched.category_handles, matched.category_names) as c(id, handle, name) group by c.id, c.handle, c.name order by count desc, c.name")} as categories,
  (select json_build_object(${priceBandCounts()}) from matched) as prices,
  (select json_build_object('in_stock', count(*) filter (where in_stock)::int, 'out_of_stock', count(*) filter (where not in_stock)::int) from matched) as stock`
  return { sql, params: [...rank.params, ...where.params, input.limit, input.offset] }
}
