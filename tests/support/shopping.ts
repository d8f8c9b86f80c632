import type { CartPickupResponse, Checkout, CheckoutOrder, CheckoutResponse } from "@mirashop/contract"
import { expect } from "vitest"
import { rawFetch, sql, storeClient } from "./clients"
import { bearer, login } from "./merchants"

/** Demo merchants (seeded) and their password. */
export const DEMO_PASSWORD = "Miramas2026!"

/** A seeded shop, found by its owner's e-mail. */
export async function demoShop(ownerEmail: string): Promise<{ id: string; name: string; location_id: string }> {
  const [shop] = await sql<{ id: string; name: string; location_id: string }>(
    `select s.id, s.name, l.stock_location_id as location_id from shop s
     join merchant_user mu on mu.shop_id = s.id and mu.email = $1
     join marketplace_shop_stock_location_stock_location l on l.shop_id = s.id and l.deleted_at is null`,
    [ownerEmail]
  )
  return shop
}

/** A published, priced variant of a shop with at least `minStock` available, skipping the first `skip` (by id, or most stocked first). */
export async function stockedVariant(
  shopId: string,
  options: { minStock?: number; skip?: number; mostStocked?: boolean } = {}
): Promise<{ variantId: string; inventoryItemId: string; price: number; title: string }> {
  const [variant] = await sql<{ id: string; inventory_item_id: string; amount: string; title: string }>(
    `select pv.id, pvi.inventory_item_id, p.amount, pr.title from product_variant pv
     join product pr on pr.id = pv.product_id and pr.status = 'published' and pr.deleted_at is null
     join marketplace_shop_product_product sp on sp.product_id = pr.id and sp.shop_id = $1 and sp.deleted_at is null
     join product_variant_inventory_item pvi on pvi.variant_id = pv.id and pvi.deleted_at is null
     join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
     join product_variant_price_set vps on vps.variant_id = pv.id
     join price p on p.price_set_id = vps.price_set_id and p.currency_code = 'eur' and p.deleted_at is null and p.price_list_id is null
     where il.stocked_quantity - il.reserved_quantity >= $2 and pv.deleted_at is null and pv.manage_inventory
     order by ${options.mostStocked ? "il.stocked_quantity - il.reserved_quantity desc," : ""} pv.id limit 1 offset $3`,
    [shopId, options.minStock ?? 5, options.skip ?? 0]
  )
  expect(variant, `a stocked variant of ${shopId}`).toBeDefined()
  return { variantId: variant.id, inventoryItemId: variant.inventory_item_id, price: Number(variant.amount), title: variant.title }
}

/** Stock of an inventory item at a location, as stored. */
export async function stockAt(inventoryItemId: string, locationId: string): Promise<{ stocked: number; reserved: number }> {
  const [level] = await sql<{ stocked_quantity: string; reserved_quantity: string }>(
    "select stocked_quantity, reserved_quantity from inventory_level where inventory_item_id = $1 and location_id = $2 and deleted_at is null",
    [inventoryItemId, locationId]
  )
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}

/**
 * A shopper's cart with these lines, an e-mail, a name and a phone (no street address); with a
 * signed-in shopper's token, the cart is theirs.
 */
export async function shopperCart(
  lines: { variantId: string; quantity: number }[],
  email = "camille@mirashop.local",
  token?: string
): Promise<string> {
  const client = storeClient()
  const { regions } = await client.store.region.list()
  const headers = token ? { authorization: `Bearer ${token}` } : undefined
  const { cart } = await client.store.cart.create(
    { region_id: regions[0].id, email, billing_address: { first_name: "Camille", last_name: "Durand", phone: "06 12 34 56 78" } },
    {},
    headers
  )
  for (const line of lines) await client.store.cart.createLineItem(cart.id, { variant_id: line.variantId, quantity: line.quantity })
  return cart.id
}

/** Registers a shopper account and returns a token for it. */
export async function registerShopper(email: string, password: string): Promise<string> {
  const registration = await rawFetch("/auth/customer/emailpass/register", { method: "POST", body: JSON.stringify({ email, password }) })
  expect(registration.status, JSON.stringify(registration.body)).toBe(200)
  const created = await rawFetch("/store/customers", {
    method: "POST",
    headers: { authorization: `Bearer ${registration.body.token as string}` },
    body: JSON.stringify({ email, first_name: "Camille", last_name: "Durand" }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  const login = await rawFetch("/auth/customer/emailpass", { method: "POST", body: JSON.stringify({ email, password }) })
  expect(login.status).toBe(200)
  return login.body.token as string
}

/** Chooses, for every shop of the cart, its `index`-th bookable slot (or the last one). */
export async function chooseSlots(cartId: string, index = 0): Promise<CartPickupResponse> {
  const { body } = await rawFetch(`/store/carts/${cartId}/pickup`)
  const { pickups } = body as unknown as CartPickupResponse
  const slots = pickups.map((p) => ({ shop_id: p.shop.id, start: (p.slots[index] ?? p.slots[p.slots.length - 1]).start }))
  const chosen = await rawFetch(`/store/carts/${cartId}/pickup`, { method: "POST", body: JSON.stringify({ slots }) })
  expect(chosen.status, JSON.stringify(chosen.body)).toBe(200)
  return chosen.body as unknown as CartPickupResponse
}

/** Checks a cart out, paying at pickup; returns the status and body. */
export async function checkout(cartId: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return rawFetch(`/store/carts/${cartId}/checkout`, { method: "POST", body: JSON.stringify({ payment_mode: "pay_at_pickup" }) })
}

/** Checks a cart out and expects it to succeed. */
export async function placedCheckout(cartId: string): Promise<CheckoutResponse["checkout"]> {
  const { status, body } = await checkout(cartId)
  expect(status, JSON.stringify(body)).toBe(200)
  return (body as unknown as CheckoutResponse).checkout
}

/** One shop's order within a checkout. */
export function orderOf(checkout: Checkout, shop: { id: string; name: string }): CheckoutOrder {
  const order = checkout.orders.find((o) => o.shop.id === shop.id)
  if (!order) throw new Error(`no order for ${shop.name}`)
  return order
}

/** A merchant moves an order on: `accept`, `ready`, `collect` (with `{ code }`) or `cancel` (with `{ reason }`). */
export function orderAction(token: string, orderId: string, action: string, body?: unknown) {
  return rawFetch(`/merchant/orders/${orderId}/${action}`, {
    method: "POST",
    headers: bearer(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

/** The demo bakery and florist, their owners signed in, each with a well-stocked line to sell. */
export async function demoBakeryAndFlorist() {
  const bakery = await demoShop("boulangerie@mirashop.local")
  const florist = await demoShop("fleuriste@mirashop.local")
  return {
    bakery,
    florist,
    bakeryToken: await login("merchant", "boulangerie@mirashop.local", DEMO_PASSWORD),
    floristToken: await login("merchant", "fleuriste@mirashop.local", DEMO_PASSWORD),
    bakeryLine: await stockedVariant(bakery.id, { mostStocked: true, minStock: 10 }),
    floristLine: await stockedVariant(florist.id, { mostStocked: true, minStock: 10 }),
  }
}
