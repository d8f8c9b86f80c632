import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { bearer, login } from "../../support/merchants"
import { checkout, chooseSlots, DEMO_PASSWORD, demoShop, shopperCart, stockAt, stockedVariant } from "../../support/shopping"

const SHOPPERS = 20
const UNITS = 5

describe("concurrent checkouts for the last units", () => {
  let shop: Awaited<ReturnType<typeof demoShop>>
  let line: Awaited<ReturnType<typeof stockedVariant>>
  let carts: string[]

  beforeAll(async () => {
    // The last 5 units of one of the bakery's products, set through its owner's merchant API.
    shop = await demoShop("boulangerie@mirashop.local")
    line = await stockedVariant(shop.id, { skip: 6 })
    const token = await login("merchant", "boulangerie@mirashop.local", DEMO_PASSWORD)
    const { reserved } = await stockAt(line.inventoryItemId, shop.location_id)
    const set = await rawFetch(`/merchant/inventory/${line.inventoryItemId}`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ stocked_quantity: reserved + UNITS, reason: "Test : 5 dernières unités" }),
    })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    carts = []
    for (let shopper = 0; shopper < SHOPPERS; shopper++) {
      const cart = await shopperCart([{ variantId: line.variantId, quantity: 1 }], `client${shopper}@exemple.fr`)
      await chooseSlots(cart, shopper)
      carts.push(cart)
    }
  }, 180_000)

  it(`sells exactly ${UNITS} to ${SHOPPERS} shoppers, with a clear error for the others and stock never negative`, async () => {
    const results = await Promise.all(carts.map((cart) => checkout(cart)))
    const sold = results.filter((r) => r.status === 200)
    const refused = results.filter((r) => r.status !== 200)
    expect(sold).toHaveLength(UNITS)
    expect(refused).toHaveLength(SHOPPERS - UNITS)
    for (const r of refused) {
      expect(r.status).toBe(400)
      expect(String(r.body.message)).toMatch(/^Plus assez de stock pour « .+ » chez Boulangerie Le Fournil de Miramas/)
    }
    const level = await stockAt(line.inventoryItemId, shop.location_id)
    expect(level.stocked - level.reserved).toBe(0)
    // Refused checkouts left nothing behind: no order, no reservation, no payment, cart still open.
    const refusedCarts = carts.filter((_, i) => results[i].status !== 200)
    const [{ orders }] = await sql<{ orders: string }>("select count(*) as orders from order_pickup where checkout_id = any($1)", [refusedCarts])
    expect(orders).toBe("0")
    const [{ open }] = await sql<{ open: string }>("select count(*) as open from cart where id = any($1) and completed_at is null", [refusedCarts])
    expect(open).toBe(String(SHOPPERS - UNITS))
    const [{ reservations }] = await sql<{ reservations: string }>(
      `select count(*) as reservations from reservation_item r where r.inventory_item_id = $1 and r.deleted_at is null
       and not exists (select 1 from order_item oi join order_pickup op on op.order_id = oi.order_id where oi.item_id = r.line_item_id)`,
      [line.inventoryItemId]
    )
    expect(Number(reservations)).toBe(0)
  }, 120_000)
})
