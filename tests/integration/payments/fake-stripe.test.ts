import Stripe from "stripe"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startFakeStripe, THREE_D_SECURE_CARD, type FakeStripe } from "../../support/fake-stripe"

const PORT = 12111 + Number(process.env.MIRASHOP_TEST_PORT_OFFSET ?? 0)

/** The local fake Stripe answers the real SDK, configured as the backend's provider subclass does. */
describe("fake Stripe", () => {
  let fake: FakeStripe
  let stripe: Stripe

  beforeAll(async () => {
    fake = await startFakeStripe(PORT)
    stripe = new Stripe("sk_test_fake", { host: "127.0.0.1", port: PORT, protocol: "http", maxNetworkRetries: 0 })
  })
  afterAll(() => fake.close())

  it("authorises with manual capture, captures once, then refunds no more than was captured", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 3250,
      currency: "eur",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      confirm: true,
      metadata: { checkout_id: "cart_1" },
    })
    expect(intent).toMatchObject({ status: "requires_capture", amount_capturable: 3250, metadata: { checkout_id: "cart_1" } })

    const captured = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 2000 })
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 2000 })
    await expect(stripe.paymentIntents.capture(intent.id)).rejects.toThrow(/could not be captured/)

    await stripe.refunds.create({ payment_intent: intent.id, amount: 1500 })
    await expect(stripe.refunds.create({ payment_intent: intent.id, amount: 501 })).rejects.toThrow(/greater than unrefunded/)
    expect(fake.state.refunds.map((r) => r.amount)).toEqual([1500])
  })

  it("captures share by share with multicapture, releases the rest on a final capture or a cancel", async () => {
    const create = () =>
      stripe.paymentIntents.create({
        amount: 5000,
        currency: "eur",
        capture_method: "manual",
        payment_method: "pm_card_visa",
        confirm: true,
        payment_method_options: { card: { request_multicapture: "if_available" } },
      })
    const first = await create()
    const partial = await stripe.paymentIntents.capture(first.id, { amount_to_capture: 2000, final_capture: false })
    expect(partial).toMatchObject({ status: "requires_capture", amount_received: 2000, amount_capturable: 3000 })
    const last = await stripe.paymentIntents.capture(first.id, { amount_to_capture: 1000, final_capture: true })
    expect(last).toMatchObject({ status: "succeeded", amount_received: 3000, amount_capturable: 0 })

    const second = await create()
    await stripe.paymentIntents.capture(second.id, { amount_to_capture: 1200, final_capture: false })
    expect(await stripe.paymentIntents.cancel(second.id)).toMatchObject({ status: "canceled", amount_received: 1200, amount_capturable: 0 })
    await stripe.refunds.create({ payment_intent: second.id, amount: 1200 })
    const refunds = await stripe.refunds.list({ payment_intent: second.id })
    expect(refunds.data.map((r) => r.amount)).toEqual([1200])
  })

  it("refuses a non-final capture when multicapture was not requested", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 900, currency: "eur", capture_method: "manual", payment_method: "pm_card_visa", confirm: true })
    await expect(stripe.paymentIntents.capture(intent.id, { amount_to_capture: 100, final_capture: false })).rejects.toThrow(/multicapture/)
  })

  it("replays the first answer to a request retried with the same idempotency key", async () => {
    const params = { amount: 700, currency: "eur", capture_method: "manual" as const, payment_method: "pm_card_visa", confirm: true }
    const a = await stripe.paymentIntents.create(params, { idempotencyKey: "same-key" })
    const b = await stripe.paymentIntents.create(params, { idempotencyKey: "same-key" })
    expect(b.id).toBe(a.id)
  })

  it("lets a test simulate a card needing 3-D Secure", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 900, currency: "eur", capture_method: "manual" })
    const pending = await stripe.paymentIntents.confirm(intent.id, { payment_method: THREE_D_SECURE_CARD })
    expect(pending.status).toBe("requires_action")
    expect(pending.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`))
    fake.completeAction(intent.id)
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe("requires_capture")
    expect((await stripe.paymentIntents.cancel(intent.id)).status).toBe("canceled")
  })

  it("creates Connect accounts, onboarding links and transfers", async () => {
    const account = await stripe.accounts.create({ type: "express", metadata: { shop_id: "shop_1" } })
    expect(account).toMatchObject({ charges_enabled: false, details_submitted: false })
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      refresh_url: "http://localhost/refresh",
      return_url: "http://localhost/return",
    })
    expect(link.url).toContain(account.id)
    const transfer = await stripe.transfers.create({ amount: 1234, currency: "eur", destination: account.id })
    expect(transfer).toMatchObject({ amount: 1234, destination: account.id })
  })

  it("rejects a missing secret key like Stripe", async () => {
    const response = await fetch(`http://127.0.0.1:${PORT}/v1/accounts`, { method: "POST" })
    expect(response.status).toBe(401)
  })
})
