import type { MerchantMeResponse, MerchantProductResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { bearer, login } from "../../support/merchants"
import { routeTable, type ApiRoute } from "../../../scripts/lib/route-table"

const PASSWORD = "Miramas2026!"

interface ShopIds {
  token: string
  shopId: string
  userId: string
  productId: string
  variantId: string
  inventoryItemId: string
  orderId: string
}

async function idsOf(email: string): Promise<ShopIds> {
  const token = await login("merchant", email, PASSWORD)
  const me = (await rawFetch("/merchant/me", { headers: bearer(token) })).body as unknown as MerchantMeResponse
  const list = await rawFetch("/merchant/products?limit=1", { headers: bearer(token) })
  const product = (list.body.products as MerchantProductResponse["product"][])[0]
  const [order] = await sql<{ order_id: string }>(
    "select order_id from marketplace_shop_order_order where shop_id = $1 and deleted_at is null limit 1",
    [me.shop!.id]
  )
  return {
    token,
    shopId: me.shop!.id,
    userId: me.merchant_user.id,
    productId: product.id,
    variantId: product.variants[0].id,
    inventoryItemId: product.variants[0].inventory_item_id!,
    orderId: order?.order_id ?? "order_01JNOTAREALORDERIDXXXXXXX",
  }
}

/** The victim's ids for each path parameter, by the resource its route is about. */
function victimParam(route: ApiRoute, param: string, victim: ShopIds): string {
  if (param === "variant_id") return victim.variantId
  if (param === "inventory_item_id") return victim.inventoryItemId
  if (route.path.startsWith("/merchant/orders")) return victim.orderId
  if (route.path.startsWith("/merchant/users")) return victim.userId
  return victim.productId
}

/** What B's data looks like in the database; must not change when A attacks. */
async function snapshot(victim: ShopIds): Promise<string> {
  const rows = await sql(
    `select row_to_json(s)::text as shop,
       (select json_agg(json_build_object('id', p.id, 'title', p.title, 'status', p.status, 'deleted', p.deleted_at, 'updated', p.updated_at) order by p.id)::text
          from product p join marketplace_shop_product_product l on l.product_id = p.id where l.shop_id = s.id) as products,
       (select json_agg(json_build_object('id', pv.id, 'title', pv.title, 'deleted', pv.deleted_at) order by pv.id)::text
          from product_variant pv join marketplace_shop_product_product l on l.product_id = pv.product_id where l.shop_id = s.id) as variants,
       (select json_agg(json_build_object('item', il.inventory_item_id, 'stocked', il.stocked_quantity) order by il.id)::text
          from inventory_level il join marketplace_shop_stock_location_stock_location sl on sl.stock_location_id = il.location_id where sl.shop_id = s.id) as stock,
       (select json_agg(row_to_json(mu) order by mu.id)::text from merchant_user mu where mu.shop_id = s.id) as users
     from shop s where s.id = $1`,
    [victim.shopId]
  )
  return JSON.stringify(rows)
}

describe("tenant isolation of every /merchant/* route", () => {
  let attacker: ShopIds
  let victim: ShopIds
  const routes = routeTable("/merchant")

  beforeAll(async () => {
    attacker = await idsOf("boulangerie@mirashop.local")
    victim = await idsOf("fleuriste@mirashop.local")
  })

  it("reads the route table from the backend's route files", () => {
    const paths = routes.map((route) => `${route.method} ${route.path}`)
    expect(paths).toEqual(
      expect.arrayContaining([
        "GET /merchant/me",
        "GET /merchant/shop",
        "POST /merchant/shop",
        "GET /merchant/products",
        "POST /merchant/products/:id",
        "DELETE /merchant/products/:id",
        "POST /merchant/inventory/:inventory_item_id",
        "GET /merchant/orders/:id",
      ])
    )
  })

  it("refuses shop A every access to shop B's ids, in path, query and body, and leaves B unchanged", async () => {
    const before = await snapshot(victim)
    const victimIds = [victim.shopId, victim.productId, victim.variantId, victim.inventoryItemId, victim.userId]
    const failures: string[] = []

    for (const route of routes) {
      const path = route.params.reduce((p, param) => p.replace(`:${param}`, victimParam(route, param, victim)), route.path)
      const query = `?shop_id=${victim.shopId}&id=${victim.productId}&product_id=${victim.productId}`
      const body =
        route.method === "GET" || route.method === "DELETE"
          ? undefined
          : JSON.stringify({
              shop_id: victim.shopId,
              id: victim.productId,
              product_id: victim.productId,
              inventory_item_id: victim.inventoryItemId,
              title: "Piraté",
              stocked_quantity: 0,
            })
      const { status, body: response } = await rawFetch(`${path}${query}`, {
        method: route.method,
        headers: bearer(attacker.token),
        body,
      })
      const leaked = victimIds.filter((id) => JSON.stringify(response).includes(id))
      const refused = [400, 403, 404].includes(status)
      if (!refused && (status >= 300 || leaked.length > 0 || route.params.length > 0)) {
        failures.push(`${route.method} ${route.path} → ${status}, leaked ${leaked.join(",")}`)
      }
      if (status >= 500) failures.push(`${route.method} ${route.path} → ${status}`)
    }

    expect(failures).toEqual([])
    expect(await snapshot(victim)).toBe(before)
  })

  it("does not let a merchant set their shop's id, status or approval", async () => {
    for (const field of [{ id: victim.shopId }, { shop_id: victim.shopId }, { status: "approved" }, { approved_at: new Date().toISOString() }, { handle: "autre" }]) {
      const { status } = await rawFetch("/merchant/shop", {
        method: "POST",
        headers: bearer(attacker.token),
        body: JSON.stringify(field),
      })
      expect(status, JSON.stringify(field)).toBe(400)
    }
  })

  it("answers 401 on every merchant route without a token", async () => {
    for (const route of routes) {
      const path = route.params.reduce((p, param) => p.replace(`:${param}`, "x"), route.path)
      const { status } = await rawFetch(path, { method: route.method, body: route.method === "POST" ? "{}" : undefined })
      expect(status, `${route.method} ${route.path}`).toBe(401)
    }
  })
})
