import { beforeAll, describe, expect, it } from "vitest"
import { routeTable, type ApiRoute } from "../../../scripts/lib/route-table"
import { rawFetch, sql } from "../../support/clients"
import { bearer, cityToken, login } from "../../support/merchants"

const BAD_BODIES = [
  "ceci n'est pas du JSON",
  "[]",
  "null",
  JSON.stringify({ title: { $ne: null }, name: ["a"], trade: 42, stocked_quantity: "beaucoup", reason: {} }),
  JSON.stringify({ name: "x".repeat(100_000), stocked_quantity: 1e308, price: -1, token: "' OR 1=1 --" }),
  JSON.stringify({ opening_hours: { mon: [{ open: "25:00", close: "<script>" }] }, closures: "demain" }),
]

const BAD_PARAMS = ["'; drop table shop; --", "%00", "a".repeat(500), "../../etc/passwd", "🥖"]

function fill(route: ApiRoute, value: string): string {
  return route.params.reduce((path, param) => path.replace(`:${param}`, encodeURIComponent(value)), route.path)
}

describe("bad input on every Mirashop route", () => {
  const routes = [...routeTable("/merchant"), ...routeTable("/store"), ...routeTable("/admin")]
  let headers: (route: ApiRoute) => Record<string, string>

  beforeAll(async () => {
    const merchant = await login("merchant", "boulangerie@mirashop.local", "Miramas2026!")
    const admin = await cityToken()
    headers = (route) =>
      route.path.startsWith("/merchant") ? bearer(merchant) : route.path.startsWith("/admin") ? bearer(admin) : {}
  })

  it("answers 4xx with a message, never 5xx, and changes nothing", async () => {
    const before = await sql("select id, status, name, updated_at from shop order by id")
    const problems: string[] = []
    for (const route of routes) {
      for (const param of route.params.length ? BAD_PARAMS : [""]) {
        const path = fill(route, param)
        const bodies = route.method === "POST" ? BAD_BODIES : [undefined]
        for (const body of bodies) {
          const { status, body: response } = await rawFetch(`${path}?limit=-5&offset=abc&status=<b>`, {
            method: route.method,
            headers: { ...headers(route), "content-type": "application/json" },
            body,
          })
          // A GET without path params may legitimately ignore a bad query it does not read.
          const mustRefuse = route.method !== "GET" || route.params.length > 0
          const refused = status >= 400 && status < 500 && typeof response.message === "string"
          if (status >= 500 || (mustRefuse && !refused)) {
            problems.push(`${route.method} ${path.slice(0, 80)} ${String(body).slice(0, 40)} → ${status}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
    expect(await sql("select id, status, name, updated_at from shop order by id")).toEqual(before)
  })
})
