import type { CheckoutResponse } from "@mirashop/contract"
import type Stripe from "stripe"
import { beforeAll, describe, expect, it } from "vitest"
import { cardCheckout, fakeStripeClient, orderPayment } from "../../support/card-payments"
import { rawFetch, sql, stack } from "../../support/clients"
import { chooseSlots, demoBakeryAndFlorist, orderAction, orderOf, shopperCart } from "../../support/shopping"

type DemoShops = Awaited<ReturnType<typeof demoBakeryAndFlorist>>

const HOOK = "/hooks/payment/stripe_stripe"

/** A Stripe event, as Stripe sends it. */
function stripeEvent(type: string, object: unknown, id = `evt_${Math.random().toString(36).slice(2)}`) {
  return { id, object: "event", type, created: Math.floor(Date.now() / 1000), api_version: "2025-01-01", data: { object }, livemode: false }
}

/** Posts an event signed with Stripe's own test helper (a wrong secret or an old timestamp to forge one). */
function deliver(stripe: Stripe, event: unknown, options: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify(event)
  const header = stripe.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? stack().stripe.webhookSecret,
    timestamp: options.timestamp,
  })
  return rawFetch(HOOK, { method: "POST", body: payload, headers: { "stripe-signature": header } })
}

async function storedEvents(): Promise<number> {
  const [row] = await sql<{ count: string }>("select count(*)::text as count from stripe_event")
  return Number(row.count)
}

async function pickupStatus(orderId: string): Promise<{ status: string; cancel_reason: string | null }> {
  const [row] = await sql<{ status: string; cancel_reason: string | null }>("select status, cancel_reason from order_pickup where order_id = $1", [orderId])
  return row
}

describe("POST /hooks/payment/stripe_stripe", () => {
  let demo: DemoShops
  let stripe: Stripe

  beforeAll(async () => {
    demo = await demoBakeryAndFlorist()
    stripe = fakeStripeClient()
  })

  async function twoShopCardCheckout(slot: number) {
    const cart = await shopperCart([
      { variantId: demo.bakeryLine.variantId, quantity: 1 },
      { variantId: demo.floristLine.variantId, quantity: 1 },
    ])
    await chooseSlots(cart, slot)
    const { status, body } = await cardCheckout(cart, { payment_method: "pm_card_visa" })
    expect(status, JSON.stringify(body)).toBe(200)
    const { checkout } = body as unknown as CheckoutResponse
    const intentId = String((await orderPayment(orderOf(checkout, demo.bakery).id)).data.id)
    return { checkout, intentId }
  }

  it("refuses forged, stale and unsigned events with 400 and changes nothing", async () => {
    const { checkout, intentId } = await twoShopCardCheckout(3)
    const cancelled = await stripe.paymentIntents.cancel(intentId)
    const event = stripeEvent("payment_intent.canceled", cancelled)
    const before = await storedEvents()

    const forged = await deliver(stripe, event, { secret: "whsec_not_the_real_one" })
    expect(forged.status).toBe(400)
    expect(String(forged.body.message)).toMatch(/Signature Stripe invalide/)
    const stale = await deliver(stripe, event, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 })
    expect(stale.status).toBe(400)
    const unsigned = await rawFetch(HOOK, { method: "POST", body: JSON.stringify(event) })
    expect(unsigned.status).toBe(400)
    // A body altered after signing is forged too.
    const payload = JSON.stringify(event)
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: stack().stripe.webhookSecret })
    const tampered = await rawFetch(HOOK, { method: "POST", body: payload.replace("payment_intent.canceled", "payment_intent.created"), headers: { "stripe-signature": header } })
    expect(tampered.status).toBe(400)

    expect(await storedEvents()).toBe(before)
    for (const order of checkout.orders) expect((await pickupStatus(order.id)).status).toBe("placed")
  })

  it("processes the same event once when Stripe delivers it 5 times", async () => {
    const { checkout, intentId } = await twoShopCardCheckout(4)
    const bakeryOrder = orderOf(checkout, demo.bakery)
    const floristOrder = orderOf(checkout, demo.florist)
    expect((await orderAction(demo.bakeryToken, bakeryOrder.id, "accept")).status).toBe(200)
    expect((await orderAction(demo.bakeryToken, bakeryOrder.id, "ready")).status).toBe(200)
    // The authorisation of what is left (the florist's share) expires at Stripe.
    const cancelled = await stripe.paymentIntents.cancel(intentId)
    const event = stripeEvent("payment_intent.canceled", cancelled)
    const before = await storedEvents()

    const answers = []
    for (let delivery = 0; delivery < 5; delivery++) answers.push(await deliver(stripe, event))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200])
    expect(answers.map((a) => a.body.duplicate)).toEqual([false, true, true, true, true])
    expect(await storedEvents()).toBe(before + 1)

    // One effect: the florist's waiting order is cancelled once; the bakery's captured share is untouched.
    const florist = await pickupStatus(floristOrder.id)
    expect(florist.status).toBe("cancelled")
    expect(florist.cancel_reason).toMatch(/paiement par carte a été annulé/)
    expect((await orderPayment(floristOrder.id)).canceled_at).not.toBeNull()
    expect((await pickupStatus(bakeryOrder.id)).status).toBe("ready_for_pickup")
    expect(await orderPayment(bakeryOrder.id)).toMatchObject({ captures: "1", refunds: "0" })
    expect((await stripe.refunds.list({ payment_intent: intentId })).data).toHaveLength(0)
  })

  it("records an event it does not act on, once, and acknowledges it", async () => {
    const event = stripeEvent("charge.succeeded", { id: "ch_unrelated", object: "charge", metadata: {} })
    const before = await storedEvents()
    const first = await deliver(stripe, event)
    const again = await deliver(stripe, event)
    expect([first.status, again.status]).toEqual([200, 200])
    expect([first.body.duplicate, again.body.duplicate]).toEqual([false, true])
    expect(await storedEvents()).toBe(before + 1)
  })
})
