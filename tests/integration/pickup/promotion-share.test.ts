import type { Checkout } from "@mirashop/contract"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { bearer, cityToken } from "../../support/merchants"
import { chooseSlots, demoShop, placedCheckout, shopperCart, stockedVariant } from "../../support/shopping"

const DISCOUNT = 5

describe("a checkout with a promotion and French VAT, split by shop", () => {
  let cartId: string
  let cartTotals: { total: number; discount: number; tax: number }
  let checkout: Checkout

  beforeAll(async () => {
    const admin = await cityToken()
    const code = `MIRAMAS${Date.now()}`
    const promotion = await rawFetch("/admin/promotions", {
      method: "POST",
      headers: bearer(admin),
      body: JSON.stringify({
        code,
        type: "standard",
        status: "active",
        is_automatic: false,
        application_method: { type: "fixed", target_type: "order", allocation: "across", value: DISCOUNT, currency_code: "eur" },
      }),
    })
    expect(promotion.status, JSON.stringify(promotion.body)).toBe(200)

    const bakery = await demoShop("boulangerie@mirashop.local")
    const florist = await demoShop("fleuriste@mirashop.local")
    const lines = [await stockedVariant(bakery.id, { skip: 1 }), await stockedVariant(florist.id, { skip: 1 })]
    cartId = await shopperCart(lines.map((l) => ({ variantId: l.variantId, quantity: 2 })))
    const applied = await rawFetch(`/store/carts/${cartId}/promotions`, { method: "POST", body: JSON.stringify({ promo_codes: [code] }) })
    expect(applied.status, JSON.stringify(applied.body)).toBe(200)
    const cart = applied.body.cart as { total: number; discount_total: number; tax_total: number }
    cartTotals = { total: cart.total, discount: cart.discount_total, tax: cart.tax_total }
    await chooseSlots(cartId, 12)
    checkout = await placedCheckout(cartId)
  })

  it("gives each shop's order its share of the discount: the orders add up to the cart, each rounded to the cent", async () => {
    expect(cartTotals.discount).toBeGreaterThan(0)
    // Medusa keeps a discounted cart's VAT unrounded (80.917…); each shop's order is charged to the
    // cent, so the checkout may differ from the raw cart total by up to half a cent per order.
    const roundingSlack = 0.005 * checkout.orders.length + 1e-9
    expect(Math.abs(checkout.total.amount - cartTotals.total)).toBeLessThanOrEqual(roundingSlack)
    const [cartAdjustments] = await sql<{ amount: string }>(
      `select sum(a.amount) as amount from cart_line_item_adjustment a join cart_line_item li on li.id = a.item_id
       where li.cart_id = $1 and a.deleted_at is null and li.deleted_at is null`,
      [cartId]
    )
    const orders = await sql<{ id: string; discount: string }>(
      `select o.id, coalesce(sum(a.amount), 0) as discount from "order" o
       join order_item oi on oi.order_id = o.id
       left join order_line_item_adjustment a on a.item_id = oi.item_id and a.deleted_at is null
       where o.id = any($1) group by o.id`,
      [checkout.orders.map((o) => o.id)]
    )
    expect(orders).toHaveLength(2)
    const shares = orders.map((o) => Number(o.discount))
    for (const share of shares) expect(share).toBeGreaterThan(0)
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(Number(cartAdjustments.amount), 2)
    expect(Number(cartAdjustments.amount)).toBeCloseTo(DISCOUNT, 2)
  })

  it("keeps each line's VAT: the orders' tax adds up to the cart's", async () => {
    const taxes = await sql<{ rate: string; code: string }>(
      `select tl.rate, tl.code from order_line_item_tax_line tl join order_item oi on oi.item_id = tl.item_id where oi.order_id = any($1)`,
      [checkout.orders.map((o) => o.id)]
    )
    expect(taxes).toHaveLength(2)
    for (const tax of taxes) expect(["TVA20", "TVA10", "TVA55"]).toContain(tax.code)
    let orderTax = 0
    for (const order of checkout.orders) {
      const { status, body } = await rawFetch(`/store/orders/${order.id}?fields=tax_total`)
      expect(status, JSON.stringify(body)).toBe(200)
      orderTax += Number((body.order as { tax_total: number }).tax_total)
    }
    expect(Math.abs(orderTax - cartTotals.tax)).toBeLessThanOrEqual(0.005 * checkout.orders.length + 1e-9)
  })
})
