import type { Checkout, CheckoutResponse } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { cardCheckout } from "../../support/card-payments"
import { rawFetch, sql } from "../../support/clients"
import { bearer, cityToken } from "../../support/merchants"
import { chooseSlots, demoBakeryAndFlorist, orderAction, orderOf, placedCheckout, shopperCart } from "../../support/shopping"

type DemoShops = Awaited<ReturnType<typeof demoBakeryAndFlorist>>

interface LedgerRow {
  order_id: string
  shop_id: string
  kind: string
  payment_mode: string
  gross: number
  commission: number
  commission_rate_bp: number
  city_discount: number
  net: number
  status: string
}

const cents = (amount: number) => Math.round(amount * 100)
const FLORIST_RATE_BP = 500

async function ledgerOf(orderIds: string[]): Promise<LedgerRow[]> {
  return sql<LedgerRow>(
    `select order_id, shop_id, kind, payment_mode, gross, commission, commission_rate_bp, city_discount, net, status
       from ledger_entry where order_id = any($1) and deleted_at is null order by created_at`,
    [orderIds]
  )
}

async function discountCents(orderId: string): Promise<number> {
  const [row] = await sql<{ amount: string }>(
    // Lines and their adjustments are copied at each order version: read the order's current one.
    `select coalesce(sum(a.amount), 0)::text as amount from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item_adjustment a on a.item_id = oi.item_id and a.version = o.version and a.deleted_at is null
      where o.id = $1`,
    [orderId]
  )
  return cents(Number(row.amount))
}

async function act(token: string, orderId: string, action: string, body?: unknown) {
  const response = await orderAction(token, orderId, action, body)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

describe("the ledger over a mixed month", () => {
  let demo: DemoShops
  const collected: Checkout["orders"] = []
  const refunded: Checkout["orders"] = []
  let discounted: Checkout

  beforeAll(async () => {
    demo = await demoBakeryAndFlorist()
    // The florist pays 5 % commission; every other shop the platform's default, 0 % at launch.
    await sql(
      `insert into shop_commission (id, shop_id, rate_bp) values ('scom_test_florist', $1, $2)
       on conflict (shop_id) where deleted_at is null do update set rate_bp = excluded.rate_bp`,
      [demo.florist.id, FLORIST_RATE_BP]
    )
    const lines = [
      { variantId: demo.bakeryLine.variantId, quantity: 2 },
      { variantId: demo.floristLine.variantId, quantity: 1 },
    ]
    const handOver = async (checkout: Checkout) => {
      for (const [shop, token] of [[demo.bakery, demo.bakeryToken], [demo.florist, demo.floristToken]] as const) {
        const order = orderOf(checkout, shop)
        await act(token, order.id, "accept")
        await act(token, order.id, "ready")
        await act(token, order.id, "collect", { code: order.pickup_code })
        collected.push(order)
      }
    }

    // 1. Card, with a city campaign code: collected at both shops.
    const code = `NOEL${Date.now()}`
    const promotion = await rawFetch("/admin/promotions", {
      method: "POST",
      headers: bearer(await cityToken()),
      body: JSON.stringify({
        code,
        type: "standard",
        status: "active",
        is_automatic: false,
        application_method: { type: "fixed", target_type: "order", allocation: "across", value: 3, currency_code: "eur" },
      }),
    })
    expect(promotion.status, JSON.stringify(promotion.body)).toBe(200)
    const cardCart = await shopperCart(lines)
    expect((await rawFetch(`/store/carts/${cardCart}/promotions`, { method: "POST", body: JSON.stringify({ promo_codes: [code] }) })).status).toBe(200)
    await chooseSlots(cardCart, 8)
    const paid = await cardCheckout(cardCart, { payment_method: "pm_card_visa" })
    expect(paid.status, JSON.stringify(paid.body)).toBe(200)
    discounted = (paid.body as unknown as CheckoutResponse).checkout
    await handOver(discounted)

    // 2. Pay at pickup: collected at both shops.
    const counterCart = await shopperCart(lines)
    await chooseSlots(counterCart, 9)
    await handOver(await placedCheckout(counterCart))

    // 3. Card: the bakery prepared it, the shopper never came (refunded); the florist cancelled (never charged).
    const lostCart = await shopperCart(lines)
    await chooseSlots(lostCart, 10)
    const lost = await cardCheckout(lostCart, { payment_method: "pm_card_visa" })
    expect(lost.status, JSON.stringify(lost.body)).toBe(200)
    const lostCheckout = (lost.body as unknown as CheckoutResponse).checkout
    const noShow = orderOf(lostCheckout, demo.bakery)
    await act(demo.bakeryToken, noShow.id, "accept")
    await act(demo.bakeryToken, noShow.id, "ready")
    await act(demo.floristToken, orderOf(lostCheckout, demo.florist).id, "cancel", { reason: "Rupture de stock" })
    const [shop] = await sql<{ no_show_days: number }>("select no_show_days from shop where id = $1", [demo.bakery.id])
    await sql(
      "update order_pickup set slot_start = now() - make_interval(days => $2 + 1, hours => 1), slot_end = now() - make_interval(days => $2 + 1) where order_id = $1",
      [noShow.id, shop.no_show_days]
    )
    const sweep = await rawFetch("/admin/pickups/sweep", { method: "POST", headers: bearer(await cityToken()) })
    expect(sweep.body.no_shows).toContain(noShow.id)
    refunded.push(noShow, orderOf(lostCheckout, demo.florist))
  })

  it("sums to the collected orders' totals to the cent, refunds included", async () => {
    const rows = await ledgerOf([...collected, ...refunded].map((o) => o.id))
    const gross = rows.reduce((sum, row) => sum + row.gross, 0)
    expect(gross).toBe(collected.reduce((sum, order) => sum + cents(order.total.amount), 0))
    for (const order of collected) {
      const own = rows.filter((row) => row.order_id === order.id)
      expect(own.map((row) => row.kind)).toEqual(["capture"])
      expect(own[0].gross).toBe(cents(order.total.amount))
    }
    // The no-show: captured at ready, refunded in full; the cancelled share never reached the books.
    const [noShow, cancelled] = refunded
    expect(rows.filter((row) => row.order_id === noShow.id).map((row) => [row.kind, row.gross])).toEqual([
      ["capture", cents(noShow.total.amount)],
      ["refund", -cents(noShow.total.amount)],
    ])
    expect(rows.filter((row) => row.order_id === noShow.id).reduce((sum, row) => sum + row.net, 0)).toBe(0)
    expect(rows.filter((row) => row.order_id === cancelled.id)).toHaveLength(0)
  })

  it("balances every line, with each shop's commission rate and the city's discount paid back to the shop", async () => {
    const rows = await ledgerOf([...collected, ...refunded].map((o) => o.id))
    for (const row of rows) {
      expect(row.net).toBe(row.gross - row.commission + row.city_discount)
      const florist = row.shop_id === demo.florist.id
      expect(row.commission_rate_bp).toBe(florist ? FLORIST_RATE_BP : 0)
      if (row.kind === "capture") expect(row.commission).toBe(florist ? Math.floor((row.gross * FLORIST_RATE_BP + 5_000) / 10_000) : 0)
      expect(row.status).toBe(row.kind === "refund" ? "refunded" : row.payment_mode === "card" ? "awaiting_transfer" : "paid_at_counter")
    }
    let cityDiscount = 0
    for (const order of discounted.orders) {
      const [capture] = rows.filter((row) => row.order_id === order.id)
      expect(capture.city_discount).toBeGreaterThan(0)
      expect(capture.city_discount).toBe(await discountCents(order.id))
      cityDiscount += capture.city_discount
    }
    // The city's 3 € campaign, split between the two shops, paid back to them in full.
    expect(cityDiscount).toBe(300)
    const sum = (key: keyof LedgerRow) => rows.reduce((total, row) => total + Number(row[key]), 0)
    expect(sum("net")).toBe(sum("gross") - sum("commission") + sum("city_discount"))
  })
})
