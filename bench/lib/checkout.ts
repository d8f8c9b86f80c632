import type { CartPickupResponse } from "@mirashop/contract"
import type { BenchFixtures } from "./fixtures"
import { callOk } from "./http"

/** Per-checkout timings (ms) of one way to check out, or why it could not run. */
export interface CheckoutResult {
  name: string
  checkouts: number
  p50: number | null
  p95: number | null
  note?: string
}

type Variant = BenchFixtures["variants"][number]

async function newCart(url: string, key: string, fixtures: BenchFixtures, variants: Variant[]): Promise<string> {
  const { cart } = await callOk<{ cart: { id: string } }>(url, key, "/store/carts", {
    method: "POST",
    body: {
      region_id: fixtures.regionId,
      email: "bench@mirashop.local",
      // The shop asks for a name at the counter, so the checkout requires one.
      billing_address: { first_name: "Camille", last_name: "Banc", phone: "06 12 34 56 78" },
    },
  })
  for (const variant of variants) {
    await callOk(url, key, `/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id: variant.id, quantity: 1 } })
  }
  return cart.id
}

/** Vanilla Medusa: cart, one item, pickup shipping method, system payment session, complete. */
async function vanillaCheckout(url: string, key: string, fixtures: BenchFixtures, variant: Variant): Promise<void> {
  const cartId = await newCart(url, key, fixtures, [variant])
  await callOk(url, key, `/store/carts/${cartId}/shipping-methods`, { method: "POST", body: { option_id: variant.shippingOptionId } })
  const { payment_collection } = await callOk<{ payment_collection: { id: string } }>(url, key, "/store/payment-collections", {
    method: "POST",
    body: { cart_id: cartId },
  })
  await callOk(url, key, `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: "pp_system_default" },
  })
  const done = await callOk<{ type: string }>(url, key, `/store/carts/${cartId}/complete`, { method: "POST" })
  if (done.type !== "order") throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(done).slice(0, 200)}`)
}

/** Mirashop: cart with three shops' items, one pickup slot per shop, one checkout call. */
async function mirashopCheckout(url: string, key: string, fixtures: BenchFixtures, variants: Variant[]): Promise<void> {
  const cartId = await newCart(url, key, fixtures, variants)
  const pickup = await callOk<CartPickupResponse>(url, key, `/store/carts/${cartId}/pickup`)
  const slots = pickup.pickups.map((p) => ({ shop_id: p.shop.id, start: p.slots[0]?.start }))
  await callOk(url, key, `/store/carts/${cartId}/pickup`, { method: "POST", body: { slots } })
  await callOk(url, key, `/store/carts/${cartId}/checkout`, { method: "POST", body: { payment_mode: "pay_at_pickup" } })
}

function summary(name: string, timings: number[], note?: string): CheckoutResult {
  const sorted = [...timings].sort((a, b) => a - b)
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null)
  return { name, checkouts: sorted.length, p50: at(50), p95: at(95), note }
}

/** Variants of three different shops, taken in turn from the fixture list. */
function threeShops(fixtures: BenchFixtures, round: number): Variant[] {
  const picked: Variant[] = []
  for (let i = round * 7; picked.length < 3 && i < round * 7 + fixtures.variants.length; i += 1) {
    const variant = fixtures.variants[i % fixtures.variants.length]
    if (!picked.some((p) => p.shopId === variant.shopId)) picked.push(variant)
  }
  return picked
}

/** F: `count` sequential checkouts each way; a failure is reported in the table, not fatal. */
export async function measureCheckouts(url: string, key: string, fixtures: BenchFixtures, count: number): Promise<CheckoutResult[]> {
  const results: CheckoutResult[] = []
  const vanilla: number[] = []
  try {
    for (let i = 0; i < count; i += 1) {
      const started = performance.now()
      await vanillaCheckout(url, key, fixtures, fixtures.variants[(i * 13) % fixtures.variants.length])
      vanilla.push(Math.round(performance.now() - started))
    }
    results.push(summary("F1. vanilla 1-shop checkout", vanilla))
  } catch (error) {
    results.push(summary("F1. vanilla 1-shop checkout", vanilla, `error: ${(error as Error).message.slice(0, 200)}`))
  }
  const mirashop: number[] = []
  try {
    for (let i = 0; i < count; i += 1) {
      const started = performance.now()
      await mirashopCheckout(url, key, fixtures, threeShops(fixtures, i + 1))
      mirashop.push(Math.round(performance.now() - started))
    }
    results.push(summary("F2. Mirashop 3-shop checkout", mirashop))
  } catch (error) {
    results.push(summary("F2. Mirashop 3-shop checkout", mirashop, `error: ${(error as Error).message.slice(0, 200)}`))
  }
  return results
}
