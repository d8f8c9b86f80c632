import type { CardActionRequiredResponse, Checkout, CheckoutResponse } from "@mirashop/contract"
import type Stripe from "stripe"
import { beforeAll, describe, expect, it } from "vitest"
import { cardCheckout, fakeStripeClient, orderPayment } from "../../support/card-payments"
import { rawFetch, sql, stack } from "../../support/clients"
import { THREE_D_SECURE_CARD } from "../../support/fake-stripe"
import { bearer, cityToken } from "../../support/merchants"
import { chooseSlots, demoBakeryAndFlorist, orderAction, orderOf, shopperCart } from "../../support/shopping"

type DemoShops = Awaited<ReturnType<typeof demoBakeryAndFlorist>>

const cents = (amount: number) => Math.round(amount * 100)

async function act(token: string, orderId: string, action: string, body?: unknown) {
  const response = await orderAction(token, orderId, action, body)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

describe("POST /store/carts/:id/checkout by card", () => {
  let demo: DemoShops
  let stripe: Stripe

  beforeAll(async () => {
    demo = await demoBakeryAndFlorist()
    stripe = fakeStripeClient()
  })

  /** A two-shop cart paid by card; returns the checkout and the checkout's single PaymentIntent. */
  async function twoShopCardCheckout(slot: number): Promise<{ checkout: Checkout; intent: Stripe.PaymentIntent }> {
    const cart = await shopperCart([
      { variantId: demo.bakeryLine.variantId, quantity: 2 },
      { variantId: demo.floristLine.variantId, quantity: 1 },
    ])
    await chooseSlots(cart, slot)
    const { status, body } = await cardCheckout(cart, { payment_method: "pm_card_visa" })
    expect(status, JSON.stringify(body)).toBe(200)
    const { checkout } = body as unknown as CheckoutResponse
    const bakeryPayment = await orderPayment(orderOf(checkout, demo.bakery).id)
    const intent = await stripe.paymentIntents.retrieve(String(bakeryPayment.data.id))
    return { checkout, intent }
  }

  it("authorises one PaymentIntent for both shops, captures each share at ready, nothing more at collect", async () => {
    const { checkout, intent } = await twoShopCardCheckout(3)
    const bakeryOrder = orderOf(checkout, demo.bakery)
    const floristOrder = orderOf(checkout, demo.florist)
    const bakeryShare = cents(bakeryOrder.total.amount)
    const floristShare = cents(floristOrder.total.amount)

    // Authorised once, for the whole checkout; each order knows its share of the same intent.
    expect(intent).toMatchObject({ capture_method: "manual", status: "requires_capture", amount: bakeryShare + floristShare, amount_received: 0 })
    expect(intent.metadata.checkout_id).toBe(checkout.id)
    for (const [order, share] of [[bakeryOrder, bakeryShare], [floristOrder, floristShare]] as const) {
      const payment = await orderPayment(order.id)
      expect(payment).toMatchObject({ provider_id: "pp_stripe_stripe", collection_status: "authorized", captured_at: null, captures: "0" })
      expect(payment.data).toMatchObject({ id: intent.id, part_amount: share })
    }

    await act(demo.bakeryToken, bakeryOrder.id, "accept")
    await act(demo.bakeryToken, bakeryOrder.id, "ready")
    // The bakery's share only; the florist's stays authorised.
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ status: "requires_capture", amount_received: bakeryShare, amount_capturable: floristShare })
    expect(await orderPayment(bakeryOrder.id)).toMatchObject({ collection_status: "completed", captures: "1" })
    expect(await orderPayment(floristOrder.id)).toMatchObject({ collection_status: "authorized", captures: "0" })

    await act(demo.floristToken, floristOrder.id, "accept")
    await act(demo.floristToken, floristOrder.id, "ready")
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ status: "succeeded", amount_received: bakeryShare + floristShare, amount_capturable: 0 })

    await act(demo.bakeryToken, bakeryOrder.id, "collect", { code: bakeryOrder.pickup_code })
    await act(demo.floristToken, floristOrder.id, "collect", { code: floristOrder.pickup_code })
    for (const order of [bakeryOrder, floristOrder]) {
      expect(await orderPayment(order.id)).toMatchObject({ collection_status: "completed", captures: "1", refunds: "0" })
    }
    expect((await stripe.refunds.list({ payment_intent: intent.id })).data).toHaveLength(0)
  })

  it("releases a shop's share when it cancels, then refunds the other's captured share at its no-show", async () => {
    const { checkout, intent } = await twoShopCardCheckout(4)
    const bakeryOrder = orderOf(checkout, demo.bakery)
    const floristOrder = orderOf(checkout, demo.florist)
    const bakeryShare = cents(bakeryOrder.total.amount)

    await act(demo.bakeryToken, bakeryOrder.id, "accept")
    await act(demo.bakeryToken, bakeryOrder.id, "ready")
    await act(demo.floristToken, floristOrder.id, "cancel", { reason: "Rupture de stock" })
    // The florist's share is given back (never charged); the bakery's capture is untouched.
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ status: "canceled", amount_received: bakeryShare, amount_capturable: 0 })
    expect(await orderPayment(floristOrder.id)).toMatchObject({ captures: "0", refunds: "0" })
    expect((await orderPayment(floristOrder.id)).canceled_at).not.toBeNull()
    expect(await orderPayment(bakeryOrder.id)).toMatchObject({ captures: "1", refunds: "0" })

    // The shopper never comes for the bakery's order: its share, and only it, is refunded.
    const [shop] = await sql<{ no_show_days: number }>("select no_show_days from shop where id = $1", [demo.bakery.id])
    await sql(
      "update order_pickup set slot_start = now() - make_interval(days => $2 + 1, hours => 1), slot_end = now() - make_interval(days => $2 + 1) where order_id = $1",
      [bakeryOrder.id, shop.no_show_days]
    )
    const sweep = await rawFetch("/admin/pickups/sweep", { method: "POST", headers: bearer(await cityToken()) })
    expect(sweep.body.no_shows).toContain(bakeryOrder.id)
    const refunds = await stripe.refunds.list({ payment_intent: intent.id })
    expect(refunds.data.map((r) => r.amount)).toEqual([bakeryShare])
    expect(Number((await orderPayment(bakeryOrder.id)).refunds)).toBeCloseTo(bakeryOrder.total.amount, 2)
    expect(await orderPayment(floristOrder.id)).toMatchObject({ captures: "0", refunds: "0" })
  })

  it("lets the last ready shop make the final capture: a share cancelled earlier is never charged", async () => {
    const { checkout, intent } = await twoShopCardCheckout(5)
    const bakeryOrder = orderOf(checkout, demo.bakery)
    const floristOrder = orderOf(checkout, demo.florist)

    await act(demo.floristToken, floristOrder.id, "cancel", { reason: "Fermeture exceptionnelle" })
    // Another share still waits: the authorisation stays whole until then.
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ status: "requires_capture", amount_received: 0, amount_capturable: intent.amount })

    await act(demo.bakeryToken, bakeryOrder.id, "accept")
    await act(demo.bakeryToken, bakeryOrder.id, "ready")
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({
      status: "succeeded",
      amount_received: cents(bakeryOrder.total.amount),
      amount_capturable: 0,
    })
    expect((await stripe.refunds.list({ payment_intent: intent.id })).data).toHaveLength(0)
  })

  it("captures both shares when the two shops mark their orders ready at the same moment", async () => {
    const { checkout, intent } = await twoShopCardCheckout(8)
    const bakeryOrder = orderOf(checkout, demo.bakery)
    const floristOrder = orderOf(checkout, demo.florist)
    await act(demo.bakeryToken, bakeryOrder.id, "accept")
    await act(demo.floristToken, floristOrder.id, "accept")
    const [bakery, florist] = await Promise.all([
      orderAction(demo.bakeryToken, bakeryOrder.id, "ready"),
      orderAction(demo.floristToken, floristOrder.id, "ready"),
    ])
    expect([bakery.status, florist.status], JSON.stringify([bakery.body, florist.body])).toEqual([200, 200])
    // One shop at a time: the first capture is not final, the second is, and nothing is lost.
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
  })

  it("answers 3-D Secure with the intent's client secret, places nothing, then places the checkout once it is passed", async () => {
    const cart = await shopperCart([{ variantId: demo.floristLine.variantId, quantity: 1 }])
    await chooseSlots(cart, 6)
    const first = await cardCheckout(cart, { payment_method: THREE_D_SECURE_CARD })
    expect(first.status, JSON.stringify(first.body)).toBe(402)
    const action = first.body as unknown as CardActionRequiredResponse
    expect(action.type).toBe("requires_action")
    expect(action.payment_intent.client_secret).toMatch(new RegExp(`^${action.payment_intent.id}_secret_`))
    expect(await sql("select 1 from order_pickup where checkout_id = $1", [cart])).toHaveLength(0)

    const passed = await fetch(`${stack().stripe.apiUrl}/_test/payment_intents/${action.payment_intent.id}/complete_action`, { method: "POST" })
    expect(passed.status).toBe(200)
    const second = await cardCheckout(cart, { payment_intent_id: action.payment_intent.id })
    expect(second.status, JSON.stringify(second.body)).toBe(200)
    const order = (second.body as unknown as CheckoutResponse).checkout.orders[0]
    expect(await orderPayment(order.id)).toMatchObject({ provider_id: "pp_stripe_stripe", collection_status: "authorized" })
  })

  it("refuses an intent that belongs to another cart", async () => {
    const { intent } = await twoShopCardCheckout(7)
    const cart = await shopperCart([{ variantId: demo.floristLine.variantId, quantity: 1 }])
    await chooseSlots(cart, 7)
    const { status, body } = await cardCheckout(cart, { payment_intent_id: intent.id })
    expect(status).toBe(400)
    expect(String(body.message)).toMatch(/ne correspond pas/)
    expect(await sql("select 1 from order_pickup where checkout_id = $1", [cart])).toHaveLength(0)
  })
})
