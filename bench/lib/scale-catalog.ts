import pg from "pg"

/**
 * Grows the seeded catalogue to `perShop` products in every shop by copying, in SQL, the
 * rows Medusa's createProductsWorkflow wrote for the demo products of the shop's template
 * (same trade): product, options, variants, prices, inventory items and levels at the
 * target shop's location, and the links (sales channel, shipping profile, categories, shop).
 * Ten thousand products through the workflows take about an hour on this machine; the
 * copies take seconds and are row-for-row what the workflows would have written.
 */

/** Columns holding ids of rows that are copied along with their product: they get the copy's suffix. */
const COPIED_ID_COLUMNS = new Set([
  "id",
  "product_id",
  "variant_id",
  "option_id",
  "option_value_id",
  "product_option_id",
  "price_set_id",
  "inventory_item_id",
])

const QUALIFIERS = ["bio", "de saison", "du marché", "maison", "artisanal", "d'antan", "de Provence", "fermier", "à l'ancienne", "du terroir"]

/** Which source rows each table copies, given `plan(src, sfx, shop_id, location_id, title_suffix)`. */
const TABLES: { table: string; from: string }[] = [
  { table: "product", from: "product t join plan p on t.id = p.src" },
  { table: "product_option", from: "product_option t join product_product_option l on l.product_option_id = t.id join plan p on l.product_id = p.src" },
  { table: "product_product_option", from: "product_product_option t join plan p on t.product_id = p.src" },
  { table: "product_option_value", from: "product_option_value t join product_product_option l on l.product_option_id = t.option_id join plan p on l.product_id = p.src" },
  { table: "product_variant", from: "product_variant t join plan p on t.product_id = p.src" },
  { table: "product_variant_option", from: "product_variant_option t join product_variant v on v.id = t.variant_id join plan p on v.product_id = p.src" },
  { table: "product_category_product", from: "product_category_product t join plan p on t.product_id = p.src" },
  { table: "product_sales_channel", from: "product_sales_channel t join plan p on t.product_id = p.src" },
  { table: "product_shipping_profile", from: "product_shipping_profile t join plan p on t.product_id = p.src" },
  { table: "price_set", from: "price_set t join product_variant_price_set l on l.price_set_id = t.id join product_variant v on v.id = l.variant_id join plan p on v.product_id = p.src" },
  { table: "price", from: "price t join product_variant_price_set l on l.price_set_id = t.price_set_id join product_variant v on v.id = l.variant_id join plan p on v.product_id = p.src" },
  { table: "product_variant_price_set", from: "product_variant_price_set t join product_variant v on v.id = t.variant_id join plan p on v.product_id = p.src" },
  { table: "inventory_item", from: "inventory_item t join product_variant_inventory_item l on l.inventory_item_id = t.id join product_variant v on v.id = l.variant_id join plan p on v.product_id = p.src" },
  { table: "inventory_level", from: "inventory_level t join product_variant_inventory_item l on l.inventory_item_id = t.inventory_item_id join product_variant v on v.id = l.variant_id join plan p on v.product_id = p.src" },
  { table: "product_variant_inventory_item", from: "product_variant_inventory_item t join product_variant v on v.id = t.variant_id join plan p on v.product_id = p.src" },
  { table: "marketplace_shop_product_product", from: "marketplace_shop_product_product t join plan p on t.product_id = p.src" },
]

function columnExpression(table: string, column: string): string {
  if (table === "product" && column === "handle") return "t.handle || p.handle_suffix"
  if (table === "product" && column === "title") return "t.title || p.title_suffix"
  if ((table === "product_variant" || table === "inventory_item") && column === "sku") return "t.sku || p.sfx"
  if (table === "inventory_level" && column === "location_id") return "p.location_id"
  if (table === "inventory_level" && column === "stocked_quantity") return "(abs(hashtext(t.id || p.sfx)) % 12)"
  if (table === "inventory_level" && column === "raw_stocked_quantity") return "jsonb_build_object('value', (abs(hashtext(t.id || p.sfx)) % 12)::text, 'precision', 20)"
  if (table === "marketplace_shop_product_product" && column === "shop_id") return "p.shop_id"
  if (COPIED_ID_COLUMNS.has(column)) return `t.${column} || p.sfx`
  return `t.${column}`
}

/** Copies template products until every shop has `perShop`; returns how many products were added. */
export async function scaleCatalog(databaseUrl: string, perShop: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query("begin")
    await client.query(`create temp table plan (src text, sfx text, handle_suffix text, title_suffix text, shop_id text, location_id text) on commit drop`)
    // Template of a shop: the demo shop of the same trade and name (the first shop of its kind).
    await client.query(
      `with shops as (
         select s.id, s.handle, s.trade, s.created_at, l.stock_location_id,
                first_value(s.id) over (partition by s.trade, s.address_line1 order by s.created_at) as template_id
         from shop s join marketplace_shop_stock_location_stock_location l on l.shop_id = s.id and l.deleted_at is null
         where s.deleted_at is null
       ),
       template_products as (
         select sp.shop_id, sp.product_id, row_number() over (partition by sp.shop_id order by pr.handle) - 1 as n,
                count(*) over (partition by sp.shop_id) as total
         from marketplace_shop_product_product sp join product pr on pr.id = sp.product_id
         where sp.deleted_at is null
       ),
       wanted as (
         select s.id as shop_id, s.stock_location_id, s.id = s.template_id as is_template, tp.product_id, tp.n, tp.total, k.copy
         from shops s
         join template_products tp on tp.shop_id = s.template_id
         cross join generate_series(0, $1::int) as k(copy)
         where tp.n + k.copy * tp.total < $1::int
       )
       insert into plan
       select product_id, '_x' || substr(md5(shop_id), 1, 10) || copy, '-' || substr(md5(shop_id), 1, 8) || '-' || copy,
              case when copy = 0 then '' else ' ' || ($2::text[])[1 + (copy - 1) % array_length($2::text[], 1)] end,
              shop_id, stock_location_id
       from wanted where not (is_template and copy = 0)`,
      [perShop, QUALIFIERS]
    )
    for (const { table, from } of TABLES) {
      const { rows } = await client.query<{ column_name: string }>(
        "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position",
        [table]
      )
      const columns = rows.map((row) => row.column_name)
      await client.query(
        `insert into ${table} (${columns.map((c) => `"${c}"`).join(", ")})
         select ${columns.map((c) => columnExpression(table, c)).join(", ")} from ${from}`
      )
    }
    const { rows } = await client.query<{ n: string }>("select count(*) as n from plan")
    await client.query("commit")
    return Number(rows[0].n)
  } catch (error) {
    await client.query("rollback").catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}
