import type { Checkout, MerchantStatsResponse } from "@mirashop/contract"
import { toParisWallClock } from "@mirashop/domain"
import { beforeAll, describe, expect, it } from "vitest"
import { rawFetch, sql } from "../../support/clients"
import { approveShop, openEveryDay, publishProduct } from "../../support/live-shop"
import { bearer, cityToken, openShop } from "../../support/merchants"
import { chooseSlots, placedCheckout, shopperCart } from "../../support/shopping"

type Stats = MerchantStatsResponse["stats"]

async function act(token: string, orderId: string, action: string, body?: unknown): Promise<void> {
  const { status, body: answer } = await rawFetch(`/merchant/orders/${orderId}/${action}`, {
    method: "POST",
    headers: bearer(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(status, `${action}: ${JSON.stringify(answer)}`).toBe(200)
}

async function statsOf(token: string, query: string): Promise<{ status: number; stats: Stats; body: Record<string, unknown> }> {
  const { status, body } = await rawFetch(`/merchant/stats?${query}`, { headers: bearer(token) })
  return { status, stats: (body as unknown as MerchantStatsResponse).stats, body }
}

/** A city campaign with an active promotion code in it. */
async function campaignCode(): Promise<string> {
  const admin = await cityToken()
  const code = `NOEL${Date.now()}`
  const campaign = await rawFetch("/admin/campaigns", {
    method: "POST",
    headers: bearer(admin),
    body: JSON.stringify({ name: `Noël à Miramas ${code}`, campaign_identifier: code }),
  })
  expect(campaign.status, JSON.stringify(campaign.body)).toBe(200)
  const promotion = await rawFetch("/admin/promotions", {
    method: "POST",
    headers: bearer(admin),
    body: JSON.stringify({
      code,
      type: "standard",
      status: "active",
      is_automatic: false,
      campaign_id: (campaign.body.campaign as { id: string }).id,
      application_method: { type: "fixed", target_type: "order", allocation: "across", value: 2, currency_code: "eur" },
    }),
  })
  expect(promotion.status, JSON.stringify(promotion.body)).toBe(200)
  return code
}

async function order(lines: { variantId: string; quantity: number }[], promoCode?: string): Promise<Checkout["orders"][number]> {
  const cart = await shopperCart(lines)
  if (promoCode) {
    const applied = await rawFetch(`/store/carts/${cart}/promotions`, { method: "POST", body: JSON.stringify({ promo_codes: [promoCode] }) })
    expect(applied.status, JSON.stringify(applied.body)).toBe(200)
  }
  await chooseSlots(cart, 3)
  return (await placedCheckout(cart)).orders[0]
}

describe("GET /merchant/stats", () => {
  const today = toParisWallClock(new Date()).date
  let token: string
  let collectedId: string
  /** Totals the shopper was shown for the orders that bring money (collected and accepted). */
  let soldTotals: number[]

  beforeAll(async () => {
    const shop = await openShop("Pâtisserie des Statistiques")
    token = shop.token
    await openEveryDay(token)
    const bread = await publishProduct(token, "Pain de campagne", 3)
    const tart = await publishProduct(token, "Tarte aux abricots", 12)
    await approveShop(shop.shopId)
    const code = await campaignCode()

    const collected = await order([{ variantId: bread.variantId, quantity: 2 }, { variantId: tart.variantId, quantity: 1 }], code)
    const accepted = await order([{ variantId: tart.variantId, quantity: 1 }])
    const cancelled = await order([{ variantId: bread.variantId, quantity: 1 }])
    collectedId = collected.id
    soldTotals = [collected.total.amount, accepted.total.amount]
    await act(token, collected.id, "accept")
    await act(token, collected.id, "ready")
    await act(token, collected.id, "collect", { code: collected.pickup_code })
    await act(token, accepted.id, "accept")
    await act(token, cancelled.id, "cancel", { reason: "Rupture de farine" })
  }, 90_000) // three checkouts and their lifecycle: slow on a busy machine

  it("adds up today's real orders: sales leave out the cancelled one, campaign orders count the promotion", async () => {
    const { status, stats, body } = await statsOf(token, `from=${today}&to=${today}&granularity=day`)
    expect(status, JSON.stringify(body)).toBe(200)
    const sales = soldTotals.reduce((sum, total) => sum + total, 0)
    expect(stats).toMatchObject({ from: today, to: today, granularity: "day", currency_code: "eur", orders: 3, campaign_orders: 1, no_show_rate: 0 })
    expect(stats.sales).toBeCloseTo(sales, 2)
    expect(stats.series).toEqual([{ period: today, orders: 3, sales: stats.sales }])
    // Gross line amounts: 2 × 3 € + 1 × 12 € for the collected order, 12 € for the accepted one.
    expect(stats.top_products).toEqual([
      expect.objectContaining({ title: "Tarte aux abricots", quantity: 2, sales: 24 }),
      expect.objectContaining({ title: "Pain de campagne", quantity: 2, sales: 6 }),
    ])
  })

  it("measures the preparation time from the recorded accepted and ready times", async () => {
    const [times] = await sql<{ minutes: string }>(
      "select extract(epoch from (ready_at - accepted_at)) / 60 as minutes from order_pickup where order_id = $1",
      [collectedId]
    )
    const { stats } = await statsOf(token, `from=${today}&to=${today}`)
    expect(stats.average_preparation_minutes).toBe(Math.round(Number(times.minutes)))
  })

  it("cuts weeks from Monday and leaves earlier periods empty", async () => {
    const from = toParisWallClock(new Date(Date.now() - 20 * 86_400_000)).date
    const { stats } = await statsOf(token, `from=${from}&to=${today}&granularity=week`)
    expect(stats.series.length).toBeGreaterThanOrEqual(3)
    expect(stats.series.at(-1)?.orders).toBe(3)
    expect(stats.series.slice(0, -1).every((point) => point.orders === 0)).toBe(true)
  })

  it("shows nothing of another shop's orders", async () => {
    const other = await openShop("Boutique Voisine")
    const { stats } = await statsOf(other.token, `from=${today}&to=${today}`)
    expect(stats).toMatchObject({ orders: 0, sales: 0, top_products: [], campaign_orders: 0, average_preparation_minutes: null })
  })

  it("refuses a reversed or malformed period in French, and strangers", async () => {
    const reversed = await statsOf(token, "from=2026-11-20&to=2026-11-01")
    expect(reversed.status).toBe(400)
    expect(String(reversed.body.message)).toContain("La date de début doit précéder la date de fin")
    expect((await statsOf(token, "from=hier&to=2026-11-01")).status).toBe(400)
    expect((await rawFetch(`/merchant/stats?from=${today}&to=${today}`)).status).toBe(401)
  })
})
