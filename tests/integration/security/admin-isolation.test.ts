import { beforeAll, describe, expect, it } from "vitest"
import { routeTable } from "../../../scripts/lib/route-table"
import { rawFetch, sql } from "../../support/clients"
import { bearer, cityToken, login, openShop, TEST_PASSWORD } from "../../support/merchants"
import { DEMO_PASSWORD, registerShopper } from "../../support/shopping"

/** A few of Medusa's own admin routes, next to the city's extensions read from the route files. */
const MEDUSA_ADMIN_ROUTES = ["GET /admin/orders", "GET /admin/customers", "GET /admin/users/me", "GET /admin/products", "POST /admin/products"]

/** What the city's routes could change: shops and their decisions, pickups (the sweep's no-shows). */
async function citySnapshot(): Promise<string> {
  const rows = await sql(
    `select
       (select json_agg(json_build_object('id', id, 'status', status, 'reason', status_reason, 'approved', approved_at, 'updated', updated_at) order by id)::text from shop) as shops,
       (select json_agg(json_build_object('id', id, 'status', status, 'no_show', no_show_at) order by id)::text from order_pickup) as pickups`
  )
  return JSON.stringify(rows)
}

describe("the city's /admin/* extensions", () => {
  const routes = routeTable("/admin")
  let callers: { name: string; headers: Record<string, string> }[]
  let pendingShopId: string

  beforeAll(async () => {
    const pending = await openShop("Atelier Essai Mairie")
    pendingShopId = pending.shopId
    const shopperEmail = `admin-essai-${Date.now()}@exemple.fr`
    callers = [
      { name: "merchant", headers: bearer(await login("merchant", "boulangerie@mirashop.local", DEMO_PASSWORD)) },
      { name: "pending merchant", headers: bearer(pending.token) },
      { name: "shopper", headers: bearer(await registerShopper(shopperEmail, TEST_PASSWORD)) },
      { name: "demo shopper", headers: bearer(await login("customer", "camille@mirashop.local", DEMO_PASSWORD)) },
      { name: "anonymous", headers: {} },
      { name: "forged token", headers: bearer("eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6InVzZXJfMDEiLCJhY3Rvcl90eXBlIjoidXNlciJ9.c2lnbmF0dXJl") },
    ]
  })

  it("reads the city's routes from the backend's route files", () => {
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining(["GET /admin/shops", "POST /admin/shops/:id/approve", "POST /admin/shops/:id/suspend", "POST /admin/pickups/sweep"])
    )
  })

  it("refuses merchants, shoppers, anonymous callers and forged tokens on every city route, and changes nothing", async () => {
    const before = await citySnapshot()
    const problems: string[] = []
    const targets = [...routes.map((route) => ({ method: route.method, path: route.path.replace(/:[a-z_]+/g, pendingShopId) })), ...MEDUSA_ADMIN_ROUTES.map((line) => {
      const [method, path] = line.split(" ")
      return { method, path }
    })]
    for (const { method, path } of targets) {
      for (const caller of callers) {
        const { status, body } = await rawFetch(path, {
          method,
          headers: caller.headers,
          body: method === "GET" ? undefined : JSON.stringify(path.endsWith("/suspend") ? { reason: "Piraté" } : {}),
        })
        if (status !== 401) problems.push(`${caller.name}: ${method} ${path} → ${status} ${JSON.stringify(body).slice(0, 80)}`)
      }
    }
    expect(problems).toEqual([])
    expect(await citySnapshot()).toBe(before)
    const [{ status }] = await sql<{ status: string }>("select status from shop where id = $1", [pendingShopId])
    expect(status).toBe("pending")
  })

  it("lets the city in (the refusals above are about the caller, not the route)", async () => {
    const city = bearer(await cityToken())
    const { status, body } = await rawFetch(`/admin/shops?status=pending&limit=50`, { headers: city })
    expect(status).toBe(200)
    expect((body.shops as { id: string }[]).map((shop) => shop.id)).toContain(pendingShopId)
  })
})
