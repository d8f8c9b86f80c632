import { queryRows } from "../../scripts/lib/embedded-db"

/** The demo shop whose page and product page are measured. */
const SHOP_HANDLE = "saveurs-de-la-crau"

/** Ids the scenarios need, read once from the bench database. */
export interface BenchFixtures {
  regionId: string
  shopHandle: string
  /** A published product of that shop, for the product page. */
  productHandle: string
  /** In-stock variants, each with its shop and that shop's pickup shipping option. */
  variants: { id: string; shopId: string; shippingOptionId: string }[]
}

/** Reads the region, a demo shop and in-stock variants spread over many shops. */
export async function readFixtures(databaseUrl: string): Promise<BenchFixtures> {
  const [region] = await queryRows<{ id: string }>(databaseUrl, "select id from region where deleted_at is null limit 1")
  const variants = await queryRows<{ id: string; shop_id: string; shipping_option_id: string }>(
    databaseUrl,
    `select distinct on (v.id) v.id, sp.shop_id, so.id as shipping_option_id
     from product_variant v
     join product p on p.id = v.product_id and p.status = 'published' and p.deleted_at is null
     join marketplace_shop_product_product sp on sp.product_id = p.id and sp.deleted_at is null
     join marketplace_shop_stock_location_stock_location sl on sl.shop_id = sp.shop_id and sl.deleted_at is null
     join product_variant_inventory_item vi on vi.variant_id = v.id and vi.deleted_at is null
     join inventory_level il on il.inventory_item_id = vi.inventory_item_id and il.location_id = sl.stock_location_id and il.deleted_at is null
     join location_fulfillment_set lf on lf.stock_location_id = sl.stock_location_id and lf.deleted_at is null
     join service_zone sz on sz.fulfillment_set_id = lf.fulfillment_set_id and sz.deleted_at is null
     join shipping_option so on so.service_zone_id = sz.id and so.deleted_at is null
     where v.deleted_at is null and il.stocked_quantity - il.reserved_quantity >= 5
     order by v.id
     limit 400`
  )
  const [product] = await queryRows<{ handle: string }>(
    databaseUrl,
    `select p.handle from product p
     join marketplace_shop_product_product sp on sp.product_id = p.id and sp.deleted_at is null
     join shop s on s.id = sp.shop_id and s.handle = $1
     where p.status = 'published' and p.deleted_at is null
     order by p.handle limit 1`,
    [SHOP_HANDLE]
  )
  if (!region || !product || variants.length < 3) throw new Error("The bench database has no region or too few in-stock variants")
  return {
    regionId: region.id,
    shopHandle: SHOP_HANDLE,
    productHandle: product.handle,
    variants: variants.map((v) => ({ id: v.id, shopId: v.shop_id, shippingOptionId: v.shipping_option_id })),
  }
}
