import type { Checkout, CheckoutListResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { routeTable, type ApiRoute } from "../../../scripts/lib/route-table"
import { rawFetch, sql } from "../../support/clients"
import { bearer, TEST_PASSWORD } from "../../support/merchants"
import { chooseSlots, demoBakeryAndFlorist, placedCheckout, registerShopper, shopperCart } from "../../support/shopping"

/** What one shopper owns: a placed checkout over two shops, an open cart and an address. */
interface ShopperIds {
  email: string
  token: string
  customerId: string
  checkout: Checkout
  openCartId: string
  addressId: string
}

const unique = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.fr`

/** Store routes about one shopper's things (checkouts, carts, orders), read from the route files. */
const SHOPPER_RESOURCES = /^\/store\/(checkouts|carts|orders)\/:/

/** Medusa's own store routes on a shopper's cart, order and addresses (not in our route files). */
const MEDUSA_ROUTES: { method: ApiRoute["method"]; path: string; body?: unknown }[] = [
  { method: "GET", path: "/store/carts/:cart" },
  { method: "POST", path: "/store/carts/:cart", body: { email: "pirate@exemple.fr" } },
  { method: "POST", path: "/store/carts/:cart/line-items", body: { variant_id: "variant_x", quantity: 1 } },
  { method: "POST", path: "/store/carts/:cart/promotions", body: { promo_codes: ["NOEL"] } },
  { method: "POST", path: "/store/carts/:cart/customer" },
  { method: "POST", path: "/store/carts/:cart/complete" },
  { method: "GET", path: "/store/orders/:order" },
  { method: "GET", path: "/store/customers/me/addresses/:address" },
  { method: "POST", path: "/store/customers/me/addresses/:address", body: { city: "Istres" } },
  { method: "DELETE", path: "/store/customers/me/addresses/:address" },
]

async function shopperWithThings(lines: Awaited<ReturnType<typeof demoBakeryAndFlorist>>): Promise<ShopperIds> {
  const email = unique("client")
  const token = await registerShopper(email, TEST_PASSWORD)
  const [{ id: customerId }] = await sql<{ id: string }>("select id from customer where email = $1 and has_account", [email])
  const cart = await shopperCart(
    [
      { variantId: lines.bakeryLine.variantId, quantity: 1 },
      { variantId: lines.floristLine.variantId, quantity: 1 },
    ],
    email,
    token
  )
  await chooseSlots(cart, 3)
  const checkout = await placedCheckout(cart)
  const openCartId = await shopperCart([{ variantId: lines.bakeryLine.variantId, quantity: 2 }], email, token)
  const address = await rawFetch("/store/customers/me/addresses", {
    method: "POST",
    headers: bearer(token),
    body: JSON.stringify({ first_name: "Camille", last_name: "Durand", address_1: "1 place Jean Jaurès", city: "Miramas", postal_code: "13140", country_code: "fr" }),
  })
  expect(address.status, JSON.stringify(address.body)).toBe(200)
  const addresses = (address.body.customer as { addresses: { id: string }[] }).addresses
  return { email, token, customerId, checkout, openCartId, addressId: addresses[0].id }
}

/** Everything of the victim's in the database; must not change when another shopper attacks. */
async function snapshotOf(victim: ShopperIds): Promise<string> {
  const carts = [victim.checkout.id, victim.openCartId]
  const rows = await sql(
    `select
       (select json_agg(json_build_object('id', c.id, 'email', c.email, 'customer', c.customer_id, 'completed', c.completed_at, 'updated', c.updated_at) order by c.id)::text from cart c where c.id = any($1)) as carts,
       (select json_agg(json_build_object('id', li.id, 'quantity', li.quantity, 'deleted', li.deleted_at) order by li.id)::text from cart_line_item li where li.cart_id = any($1)) as lines,
       (select json_agg(json_build_object('order', p.order_id, 'status', p.status, 'slot', p.slot_start, 'cancelled', p.cancelled_at) order by p.order_id)::text from order_pickup p where p.checkout_id = any($1)) as pickups,
       (select json_agg(json_build_object('id', o.id, 'status', o.status, 'customer', o.customer_id, 'updated', o.updated_at) order by o.id)::text
          from "order" o join order_pickup p on p.order_id = o.id where p.checkout_id = any($1)) as orders,
       (select json_agg(row_to_json(a) order by a.id)::text from customer_address a where a.customer_id = $2) as addresses`,
    [carts, victim.customerId]
  )
  return JSON.stringify(rows)
}

/** Strings of the victim's that must never appear in an answer given to another shopper. */
function secretsOf(victim: ShopperIds): string[] {
  return [
    victim.email,
    victim.addressId,
    victim.openCartId,
    ...victim.checkout.orders.flatMap((order) => [order.id, order.pickup_code]),
  ]
}

describe("one shopper against another's checkouts, orders, carts and addresses", () => {
  let victim: ShopperIds
  let attacker: ShopperIds
  const routes = routeTable("/store").filter((route) => SHOPPER_RESOURCES.test(route.path))

  beforeAll(async () => {
    const lines = await demoBakeryAndFlorist()
    victim = await shopperWithThings(lines)
    attacker = await shopperWithThings(lines)
  }, 120_000)

  it("reads the shopper routes from the backend's route files", () => {
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        "GET /store/checkouts/:id",
        "POST /store/checkouts/:id/orders/:order_id/cancel",
        "GET /store/carts/:id/pickup",
        "POST /store/carts/:id/pickup",
        "POST /store/carts/:id/checkout",
      ])
    )
  })

  it("answers 404 to every Mirashop route named with another account's checkout, cart or order, and changes nothing", async () => {
    const before = await snapshotOf(victim)
    const problems: string[] = []
    for (const route of routes) {
      // A route under /store/carts/:id names a cart: the victim's open one, and their checked-out one.
      const ids = route.path.startsWith("/store/carts") ? [victim.openCartId, victim.checkout.id] : [victim.checkout.id]
      for (const id of ids) {
        const path = route.path
          .replace(":id", id)
          .replace(":order_id", victim.checkout.orders[0].id)
          .replace(/:[a-z_]+/g, victim.checkout.orders[0].id)
        const body = route.method === "GET" || route.method === "DELETE" ? undefined : JSON.stringify(route.path.endsWith("/checkout") ? { payment_mode: "pay_at_pickup" } : {})
        const { status, body: answer } = await rawFetch(path, { method: route.method, headers: bearer(attacker.token), body })
        const leaked = secretsOf(victim).filter((secret) => !path.includes(secret) && JSON.stringify(answer).includes(secret))
        if (status !== 404 || leaked.length > 0) problems.push(`${route.method} ${path} → ${status} ${leaked.length ? `leaked ${leaked.join(",")}` : ""}`)
      }
    }
    expect(problems).toEqual([])
    expect(await snapshotOf(victim)).toBe(before)
  })

  it("refuses Medusa's own cart, order and address routes on another account's ids, and changes nothing", async () => {
    const before = await snapshotOf(victim)
    const problems: string[] = []
    for (const route of MEDUSA_ROUTES) {
      const path = route.path
        .replace(":cart", victim.openCartId)
        .replace(":order", victim.checkout.orders[0].id)
        .replace(":address", victim.addressId)
      const { status, body } = await rawFetch(path, {
        method: route.method,
        headers: bearer(attacker.token),
        body: route.body === undefined ? undefined : JSON.stringify(route.body),
      })
      // The id the attacker sent may come back in the refusal; anything else of the victim's may not.
      const leaked = secretsOf(victim).filter((secret) => !path.includes(secret) && JSON.stringify(body).includes(secret))
      if (![400, 401, 403, 404].includes(status) || leaked.length > 0) problems.push(`${route.method} ${path} → ${status} ${leaked.join(",")}`)
    }
    expect(problems).toEqual([])
    expect(await snapshotOf(victim)).toBe(before)
  })

  it("lists only the caller's own checkouts", async () => {
    const { status, body } = await rawFetch("/store/checkouts?limit=50", { headers: bearer(attacker.token) })
    expect(status).toBe(200)
    const { checkouts } = body as unknown as CheckoutListResponse
    expect(checkouts.map((c) => c.id)).toEqual([attacker.checkout.id])
    const orders = await rawFetch("/store/orders?limit=50", { headers: bearer(attacker.token) })
    expect(orders.status).toBe(200)
    const ids = (orders.body.orders as { id: string }[]).map((order) => order.id).sort()
    expect(ids).toEqual(attacker.checkout.orders.map((order) => order.id).sort())
  })

  it("refuses guessable ids: display numbers, order ids and pickup codes in place of a checkout id", async () => {
    const order = victim.checkout.orders[0]
    for (const guess of [String(order.display_id), order.id, order.pickup_code, "1", "0", "cart_01", victim.customerId]) {
      for (const caller of [bearer(attacker.token), {}]) {
        const { status, body } = await rawFetch(`/store/checkouts/${encodeURIComponent(guess)}`, { headers: caller })
        expect(status, guess).toBe(404)
        expect(JSON.stringify(body)).not.toContain(victim.email)
      }
      const medusaOrder = await rawFetch(`/store/orders/${encodeURIComponent(guess)}`, { headers: bearer(attacker.token) })
      expect(medusaOrder.status, `order ${guess}`).toBe(404)
    }
  })

  it("still lets the owner, and a guest holding the confirmation link, open the checkout", async () => {
    const own = await rawFetch(`/store/checkouts/${victim.checkout.id}`, { headers: bearer(victim.token) })
    expect(own.status).toBe(200)
    expect((own.body.checkout as Checkout).orders.map((o) => o.pickup_code).sort()).toEqual(victim.checkout.orders.map((o) => o.pickup_code).sort())
    const link = await rawFetch(`/store/checkouts/${victim.checkout.id}`)
    expect(link.status).toBe(200)
    const cart = await rawFetch(`/store/carts/${victim.openCartId}`, { headers: bearer(victim.token) })
    expect(cart.status).toBe(200)
  })
})
