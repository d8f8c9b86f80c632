import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { bearer, login } from "../../support/merchants"
import { checkout, chooseSlots, DEMO_PASSWORD, demoShop, shopperCart, stockAt, stockedVariant } from "../../support/shopping"

const SHOPPERS = 50
const UNITS = 5
/** Every third shopper also buys at the florist: a refused checkout must release that shop's stock too. */
const multiShop = (shopper: number) => shopper % 3 === 0

/** Authorised payments that no live order holds: a refused checkout must leave none behind. */
async function paymentsWithoutOrder(): Promise<number> {
  const [{ count }] = await sql<{ count: string }>(
    `select count(*) as count from payment p
     where p.deleted_at is null and p.canceled_at is null
       and not exists (
         select 1 from order_payment_collection link join "order" o on o.id = link.order_id and o.deleted_at is null
         where link.payment_collection_id = p.payment_collection_id and link.deleted_at is null)`
  )
  return Number(count)
}

/** Reservations of an inventory item that belong to no click-and-collect order. */
async function orphanReservations(inventoryItemId: string): Promise<number> {
  const [{ count }] = await sql<{ count: string }>(
    `select count(*) as count from reservation_item r where r.inventory_item_id = $1 and r.deleted_at is null
     and not exists (select 1 from order_item oi join order_pickup op on op.order_id = oi.order_id where oi.item_id = r.line_item_id)`,
    [inventoryItemId]
  )
  return Number(count)
}

describe("concurrent checkouts for the last units", () => {
  let bakery: Awaited<ReturnType<typeof demoShop>>
  let florist: Awaited<ReturnType<typeof demoShop>>
  let line: Awaited<ReturnType<typeof stockedVariant>>
  let flowers: Awaited<ReturnType<typeof stockedVariant>>
  let floristBefore: { stocked: number; reserved: number }
  let paymentsBefore: number
  let carts: string[]

  beforeAll(async () => {
    // The last 5 units of one of the bakery's products, set through its owner's merchant API.
    bakery = await demoShop("boulangerie@mirashop.local")
    florist = await demoShop("fleuriste@mirashop.local")
    line = await stockedVariant(bakery.id, { skip: 6 })
    flowers = await stockedVariant(florist.id, { mostStocked: true, minStock: UNITS * 2 })
    const token = await login("merchant", "boulangerie@mirashop.local", DEMO_PASSWORD)
    const { reserved } = await stockAt(line.inventoryItemId, bakery.location_id)
    const set = await rawFetch(`/merchant/inventory/${line.inventoryItemId}`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ stocked_quantity: reserved + UNITS, reason: "Test : 5 dernières unités" }),
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    // The shops' slots hold 4 orders each: spread the shoppers over enough of them, past the
    // slots other suites book in the same database.
    carts = await Promise.all(
      Array.from({ length: SHOPPERS }, async (_, shopper) => {
        const lines = [{ variantId: line.variantId, quantity: 1 }]
        if (multiShop(shopper)) lines.push({ variantId: flowers.variantId, quantity: 1 })
        const cart = await shopperCart(lines, `client${shopper}@exemple.fr`)
        await chooseSlots(cart, 40 + (shopper % 20))
        return cart
      })
    )
    floristBefore = await stockAt(flowers.inventoryItemId, florist.location_id)
    paymentsBefore = await paymentsWithoutOrder()
  }, 240_000)

  it(`sells exactly ${UNITS} to ${SHOPPERS} shoppers, some with two shops in their cart, and leaves nothing behind the refused ones`, async () => {
    const results = await Promise.all(carts.map((cart) => checkout(cart)))
    const sold = results.filter((r) => r.status === 200)
    const refused = results.filter((r) => r.status !== 200)
    expect(sold).toHaveLength(UNITS)
    expect(refused).toHaveLength(SHOPPERS - UNITS)
    for (const r of refused) {
      expect(r.status).toBe(400)
      expect(String(r.body.message)).toMatch(/^Plus assez de stock pour « .+ » chez Boulangerie Le Fournil de Miramas/)
    }

    // Stock: the bakery's line is sold out, never below zero; the florist's moved only by the sold carts.
    const level = await stockAt(line.inventoryItemId, bakery.location_id)
    expect(level.stocked - level.reserved).toBe(0)
    const [{ negative }] = await sql<{ negative: string }>(
      "select count(*) as negative from inventory_level where deleted_at is null and (stocked_quantity < 0 or reserved_quantity < 0 or reserved_quantity > stocked_quantity)"
    )
    expect(Number(negative)).toBe(0)
    const soldMultiShop = carts.filter((_, i) => results[i].status === 200 && multiShop(i)).length
    const floristAfter = await stockAt(flowers.inventoryItemId, florist.location_id)
    expect(floristAfter.stocked).toBe(floristBefore.stocked)
    expect(floristAfter.reserved - floristBefore.reserved).toBe(soldMultiShop)

    // Sold carts: one order per shop in the cart, each with its reservation and its authorised payment.
    const soldCarts = carts.filter((_, i) => results[i].status === 200)
    const [{ orders }] = await sql<{ orders: string }>("select count(*) as orders from order_pickup where checkout_id = any($1)", [soldCarts])
    expect(Number(orders)).toBe(UNITS + soldMultiShop)

    // Refused checkouts left nothing behind: no order, no reservation at either shop, no payment, cart still open.
    const refusedCarts = carts.filter((_, i) => results[i].status !== 200)
    const [{ refusedOrders }] = await sql<{ refusedOrders: string }>(
      `select count(*) as "refusedOrders" from order_pickup where checkout_id = any($1)`,
      [refusedCarts]
    )
    expect(refusedOrders).toBe("0")
    const [{ open }] = await sql<{ open: string }>("select count(*) as open from cart where id = any($1) and completed_at is null", [refusedCarts])
    expect(open).toBe(String(SHOPPERS - UNITS))
    expect(await orphanReservations(line.inventoryItemId)).toBe(0)
    expect(await orphanReservations(flowers.inventoryItemId)).toBe(0)
    expect(await paymentsWithoutOrder()).toBe(paymentsBefore)
  }, 180_000)
})
