import type { PaymentOptionsResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { bearer, cityToken } from "../../support/merchants"
import { orderPayment } from "../../support/card-payments"
import { TEST_STRIPE } from "../../support/fake-stripe"
import {
  chooseSlots,
  demoBakeryAndFlorist,
  orderAction,
  orderOf,
  placedCheckout,
  shopperCart,
} from "../../support/shopping"

type DemoShops = Awaited<ReturnType<typeof demoBakeryAndFlorist>>
type Shop = DemoShops["bakery"]
type Line = DemoShops["bakeryLine"]

async function act(token: string, orderId: string, action: string, body?: unknown) {
  const response = await orderAction(token, orderId, action, body)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

const notPaid = { provider_id: "pp_system_default", collection_status: "authorized", captured_at: null, captures: "0" }

describe("pay at pickup", () => {
  let bakery: Shop
  let florist: Shop
  let bakeryToken: string
  let floristToken: string
  let bakeryLine: Line
  let floristLine: Line

  beforeAll(async () => {
    ;({ bakery, florist, bakeryToken, floristToken, bakeryLine, floristLine } = await demoBakeryAndFlorist())
  })

  it("is never counted as paid before the shop's collect, then captured once for the order's total", async () => {
    const cart = await shopperCart([
      { variantId: bakeryLine.variantId, quantity: 1 },
      { variantId: floristLine.variantId, quantity: 1 },
    ])
    await chooseSlots(cart, 5)
    const checkout = await placedCheckout(cart)
    const order = orderOf(checkout, bakery)
    const other = orderOf(checkout, florist)

    expect(await orderPayment(order.id)).toMatchObject(notPaid)
    await act(bakeryToken, order.id, "accept")
    expect(await orderPayment(order.id)).toMatchObject(notPaid)
    await act(bakeryToken, order.id, "ready")
    expect(await orderPayment(order.id)).toMatchObject(notPaid)
    expect(await sql("select 1 from ledger_entry where order_id = $1", [order.id])).toHaveLength(0)

    await act(bakeryToken, order.id, "collect", { code: order.pickup_code })
    const books = await sql<{ gross: number; status: string }>("select gross, status from ledger_entry where order_id = $1", [order.id])
    expect(books).toEqual([{ gross: Math.round(order.total.amount * 100), status: "paid_at_counter" }])
    const paid = await orderPayment(order.id)
    expect(paid).toMatchObject({ provider_id: "pp_system_default", collection_status: "completed", captures: "1" })
    expect(paid.captured_at).not.toBeNull()
    expect(Number(paid.amount)).toBeCloseTo(order.total.amount, 2)

    // The other shop's part of the same checkout is still unpaid.
    expect(await orderPayment(other.id)).toMatchObject(notPaid)
  })

  it("refuses a card checkout without a card, with a clear French message, and places nothing", async () => {
    const cart = await shopperCart([{ variantId: floristLine.variantId, quantity: 1 }])
    await chooseSlots(cart, 7)
    const { status, body } = await rawFetch(`/store/carts/${cart}/checkout`, {
      method: "POST",
      body: JSON.stringify({ payment_mode: "card" }),
    })
    expect(status).toBe(400)
    expect(String(body.message)).toMatch(/Indiquez votre carte/)
    expect(await sql(`select 1 from cart where id = $1 and completed_at is not null`, [cart])).toHaveLength(0)
  })

  it("is never captured when the shop cancels the order", async () => {
    const cart = await shopperCart([{ variantId: floristLine.variantId, quantity: 1 }])
    await chooseSlots(cart, 6)
    const order = orderOf(await placedCheckout(cart), florist)
    await act(floristToken, order.id, "cancel", { reason: "Rupture de stock" })
    const payment = await orderPayment(order.id)
    expect(payment.captured_at).toBeNull()
    expect(payment.captures).toBe("0")
  })
})

describe("pay at pickup, not collected", () => {
  it("is never captured, and never reaches the books, when a prepared order is not collected", async () => {
    const { bakery, bakeryToken, bakeryLine } = await demoBakeryAndFlorist()
    const cart = await shopperCart([{ variantId: bakeryLine.variantId, quantity: 1 }])
    await chooseSlots(cart, 8)
    const order = orderOf(await placedCheckout(cart), bakery)
    await act(bakeryToken, order.id, "accept")
    await act(bakeryToken, order.id, "ready")
    const [shop] = await sql<{ no_show_days: number }>("select no_show_days from shop where id = $1", [bakery.id])
    await sql(
      "update order_pickup set slot_start = now() - make_interval(days => $2 + 1, hours => 1), slot_end = now() - make_interval(days => $2 + 1) where order_id = $1",
      [order.id, shop.no_show_days]
    )
    const sweep = await rawFetch("/admin/pickups/sweep", { method: "POST", headers: bearer(await cityToken()) })
    expect(sweep.body.no_shows).toContain(order.id)
    const payment = await orderPayment(order.id)
    expect(payment.captured_at).toBeNull()
    expect(payment.captures).toBe("0")
    expect(await sql("select 1 from ledger_entry where order_id = $1", [order.id])).toHaveLength(0)
  })
})

describe("payment options", () => {
  it("offers card payment with Stripe's publishable key only, never the secret key", async () => {
    const { status, body } = await rawFetch("/store/payment-options")
    expect(status).toBe(200)
    expect(body as unknown as PaymentOptionsResponse).toEqual({ card: { enabled: true, publishable_key: TEST_STRIPE.publishableKey } })
    expect(JSON.stringify(body)).not.toContain("sk_")
  })
})
