import type { Checkout } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { bearer, outbox, TEST_PASSWORD } from "../../support/merchants"
import { chooseSlots, demoShop, placedCheckout, registerShopper, shopperCart, stockAt, stockedVariant } from "../../support/shopping"

const OWNERS = ["boulangerie@mirashop.local", "fleuriste@mirashop.local", "helene@fromagerie-la-faisselle.mirashop.local"]

describe("checkout: one order per shop", () => {
  let shops: Awaited<ReturnType<typeof demoShop>>[]
  let lines: (Awaited<ReturnType<typeof stockedVariant>> & { quantity: number; shopId: string; locationId: string })[]
  let cartId: string
  let checkout: Checkout
  let stockBefore: { stocked: number; reserved: number }[]

  beforeAll(async () => {
    shops = await Promise.all(OWNERS.map(demoShop))
    lines = []
    for (const [index, shop] of shops.entries()) {
      const variant = await stockedVariant(shop.id, { skip: 2 })
      lines.push({ ...variant, quantity: index + 1, shopId: shop.id, locationId: shop.location_id })
    }
    stockBefore = await Promise.all(lines.map((l) => stockAt(l.inventoryItemId, l.locationId)))
    cartId = await shopperCart(lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })))
    await chooseSlots(cartId, 2)
    checkout = await placedCheckout(cartId)
  })

  it("creates one order per shop with its lines, totals, slot and a pickup code", async () => {
    expect(checkout.id).toBe(cartId)
    expect(checkout.orders).toHaveLength(3)
    for (const line of lines) {
      const order = checkout.orders.find((o) => o.shop.id === line.shopId)
      expect(order, line.shopId).toBeDefined()
      expect(order?.items).toEqual([expect.objectContaining({ quantity: line.quantity, unit_price: line.price })])
      expect(order?.total.amount).toBeCloseTo(line.price * line.quantity, 2)
      expect(order?.status).toBe("placed")
      expect(order?.pickup_code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)
      expect(order?.pickup_qr_svg).toContain("<svg")
      expect(new Date(order?.slot.start ?? 0).getTime()).toBeGreaterThan(Date.now())
    }
    expect(checkout.total.amount).toBeCloseTo(lines.reduce((sum, l) => sum + l.price * l.quantity, 0), 2)

    const [cart] = await sql<{ completed_at: Date | null }>("select completed_at from cart where id = $1", [cartId])
    expect(cart.completed_at).not.toBeNull()
    const links = await sql<{ shop_id: string; order_id: string }>(
      "select shop_id, order_id from marketplace_shop_order_order where order_id = any($1) and deleted_at is null",
      [checkout.orders.map((o) => o.id)]
    )
    expect(links.map((l) => `${l.shop_id}:${l.order_id}`).sort()).toEqual(checkout.orders.map((o) => `${o.shop.id}:${o.id}`).sort())
  })

  it("reserves each line at its own shop's stock location", async () => {
    for (const [index, line] of lines.entries()) {
      const order = checkout.orders.find((o) => o.shop.id === line.shopId)
      const reservations = await sql<{ location_id: string; quantity: string; line_item_id: string }>(
        "select location_id, quantity, line_item_id from reservation_item where inventory_item_id = $1 and line_item_id = $2 and deleted_at is null",
        [line.inventoryItemId, order?.items[0].id]
      )
      expect(reservations).toEqual([{ location_id: line.locationId, quantity: String(line.quantity), line_item_id: order?.items[0].id }])
      const after = await stockAt(line.inventoryItemId, line.locationId)
      expect(after.reserved - stockBefore[index].reserved).toBe(line.quantity)
      expect(after.stocked).toBe(stockBefore[index].stocked)
    }
  })

  it("authorizes each order's own pay-at-pickup payment, captured by nobody yet", async () => {
    const payments = await sql<{ order_id: string; status: string; amount: string; captured: string }>(
      `select opc.order_id, pc.status, pc.amount, (select count(*) from capture c join payment p on p.id = c.payment_id where p.payment_collection_id = pc.id) as captured
       from order_payment_collection opc join payment_collection pc on pc.id = opc.payment_collection_id
       where opc.order_id = any($1) and opc.deleted_at is null`,
      [checkout.orders.map((o) => o.id)]
    )
    expect(payments).toHaveLength(3)
    for (const payment of payments) {
      expect(payment.status).toBe("authorized")
      expect(payment.captured).toBe("0")
      expect(Number(payment.amount)).toBeCloseTo(checkout.orders.find((o) => o.id === payment.order_id)?.total.amount ?? -1, 2)
    }
  })

  it("is idempotent: checking the same cart out again returns the same orders", async () => {
    const again = await placedCheckout(cartId)
    expect(again.orders.map((o) => o.id).sort()).toEqual(checkout.orders.map((o) => o.id).sort())
    const [{ count }] = await sql<{ count: string }>("select count(*) from order_pickup where checkout_id = $1", [cartId])
    expect(count).toBe("3")
  })

  it("places one set of orders when the same cart is submitted twice at once", async () => {
    const line = lines[0]
    const cart = await shopperCart([{ variantId: line.variantId, quantity: 1 }])
    await chooseSlots(cart, 3)
    const [first, second] = await Promise.all([placedCheckout(cart), placedCheckout(cart)])
    expect(first.orders.map((o) => o.id)).toEqual(second.orders.map((o) => o.id))
    const [{ count }] = await sql<{ count: string }>("select count(*) from order_pickup where checkout_id = $1", [cart])
    expect(count).toBe("1")
  })

  it("serves the checkout by id, and the signed-in shopper's history", async () => {
    const read = await rawFetch(`/store/checkouts/${cartId}`)
    expect(read.status).toBe(200)
    expect((read.body.checkout as Checkout).orders.map((o) => o.id).sort()).toEqual(checkout.orders.map((o) => o.id).sort())
    expect((await rawFetch("/store/checkouts/cart_01INCONNU")).status).toBe(404)
    expect((await rawFetch("/store/checkouts")).status).toBe(401)
  })

  it("lists a signed-in shopper's checkouts, newest first, and only theirs", async () => {
    const email = `habitant-${Date.now()}@exemple.fr`
    const token = await registerShopper(email, TEST_PASSWORD)
    const placed: string[] = []
    for (const slot of [5, 6]) {
      const cart = await shopperCart([{ variantId: lines[1].variantId, quantity: 1 }], email, token)
      await chooseSlots(cart, slot)
      placed.push((await placedCheckout(cart)).id)
    }
    const { status, body } = await rawFetch("/store/checkouts", { headers: bearer(token) })
    expect(status, JSON.stringify(body)).toBe(200)
    const history = body.checkouts as Checkout[]
    expect(history.map((c) => c.id)).toEqual([...placed].reverse())
    expect(body.count).toBe(2)
    expect(history[0].orders[0]).toMatchObject({ status: "placed", cancellable: true })
    expect(history[0].orders[0].pickup_code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/)

    const stranger = await registerShopper(`voisin-${Date.now()}@exemple.fr`, TEST_PASSWORD)
    const theirs = await rawFetch("/store/checkouts", { headers: bearer(stranger) })
    expect(theirs.body.checkouts).toEqual([])
  })

  it("tells the shopper once (codes of every shop) and each shop once", () => {
    const mails = outbox()
    const placed = mails.filter((m) => m.template === "checkout-placed" && m.text.includes(checkout.orders[0].pickup_code))
    expect(placed).toHaveLength(1)
    expect(placed[0].to).toBe("camille@mirashop.local")
    for (const order of checkout.orders) {
      expect(placed[0].text).toContain(order.pickup_code)
      expect(placed[0].text).toContain(order.shop.name)
      expect(placed[0].html).toContain("data:image/png;base64,")
      expect(mails.filter((m) => m.template === "shop-new-order" && m.subject.includes(`n° ${order.display_id} `))).toHaveLength(1)
    }
  })
})
