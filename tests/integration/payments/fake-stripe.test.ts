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
