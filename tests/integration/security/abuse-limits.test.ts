import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import type { Checkout } from "@mirashop/contract"
import { describe, expect, it } from "vitest"
import { randomClientIp, rawFetch, stack } from "../../support/clients"
import { bearer, login, openShop, TEST_PASSWORD } from "../../support/merchants"
import {
  chooseSlots,
  DEMO_PASSWORD,
  demoShop,
  placedCheckout,
  registerShopper,
  shopperCart,
  stockedVariant,
} from "../../support/shopping"

type Reply = Awaited<ReturnType<typeof rawFetch>>

/** Sends `count` calls one after the other (counters are per request) and returns the replies. */
async function repeat(count: number, call: (i: number) => Promise<Reply>): Promise<Reply[]> {
  const replies: Reply[] = []
  for (let i = 0; i < count; i++) replies.push(await call(i))
  return replies
}

function post(pathname: string, body: unknown, ip: string, headers: Record<string, string> = {}) {
  return rawFetch(pathname, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { ...headers, "x-forwarded-for": ip },
  })
}

/** A 429 with Retry-After in seconds and a French sentence. */
async function expectTooMany(
  pathname: string,
  body: unknown,
  ip: string,
  headers: Record<string, string> = {}
) {
  const response = await fetch(`${stack().backendUrl}${pathname}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": stack().publishableKey,
      "x-forwarded-for": ip,
      ...headers,
    },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(429)
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0)
  const reply = (await response.json()) as { message: string }
  expect(reply.message).toMatch(/^Trop de tentatives : par sécurité, réessayez dans \d+ (s|min)\.$/)
}

const unique = (label: string) =>
  `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@exemple.fr`

describe("abuse limits", () => {
  it("pauses a shopper account after 10 wrong passwords, even from many addresses and with the right one", async () => {
    const email = unique("camille")
    await registerShopper(email, TEST_PASSWORD)
    const wrong = await repeat(10, () =>
      post("/auth/customer/emailpass", { email, password: "pas-le-bon" }, randomClientIp())
    )
    expect(wrong.map((r) => r.status)).toEqual(Array(10).fill(401))
    await expectTooMany(
      "/auth/customer/emailpass",
      { email, password: TEST_PASSWORD },
      randomClientIp()
    )
    // Another account is not affected.
    const other = unique("dominique")
    await registerShopper(other, TEST_PASSWORD)
    expect(
      (
        await post(
          "/auth/customer/emailpass",
          { email: other, password: TEST_PASSWORD },
          randomClientIp()
        )
      ).status
    ).toBe(200)
  })

  it("pauses one address after 30 failed merchant sign-ins across accounts, not the good ones before it", async () => {
    const ip = randomClientIp()
    const good = await post(
      "/auth/merchant/emailpass",
      { email: "boulangerie@mirashop.local", password: DEMO_PASSWORD },
      ip
    )
    expect(good.status).toBe(200)
    const failed = await repeat(30, (i) =>
      post("/auth/merchant/emailpass", { email: `inconnu${i}-${unique("m")}`, password: "x" }, ip)
    )
    expect(failed.every((r) => r.status === 401)).toBe(true)
    await expectTooMany(
      "/auth/merchant/emailpass",
      { email: "boulangerie@mirashop.local", password: DEMO_PASSWORD },
      ip
    )
    // The same account from another address still signs in: only the address is paused.
    expect(
      (
        await post(
          "/auth/merchant/emailpass",
          { email: "boulangerie@mirashop.local", password: DEMO_PASSWORD },
          randomClientIp()
        )
      ).status
    ).toBe(200)
  })

  it("allows 5 password-reset requests per account an hour", async () => {
    const identifier = unique("reset")
    const asked = await repeat(5, () =>
      post("/auth/merchant/emailpass/reset-password", { identifier }, randomClientIp())
    )
    expect(asked.map((r) => r.status)).toEqual(Array(5).fill(201))
    await expectTooMany("/auth/merchant/emailpass/reset-password", { identifier }, randomClientIp())
  })

  it("allows 20 password-reset requests per address an hour", async () => {
    const ip = randomClientIp()
    const asked = await repeat(20, () =>
      post("/auth/customer/emailpass/reset-password", { identifier: unique("r") }, ip)
    )
    expect(asked.every((r) => r.status === 201)).toBe(true)
    await expectTooMany("/auth/customer/emailpass/reset-password", { identifier: unique("r") }, ip)
  })

  it("pauses a merchant account's pickup-code checks after 30 misses across orders", async () => {
    const { token } = await openShop("Épicerie Essai Limites")
    const misses = await repeat(30, (i) =>
      post(
        `/merchant/orders/order_devine${i}/collect`,
        { code: "123456" },
        randomClientIp(),
        bearer(token)
      )
    )
    expect(misses.every((r) => r.status === 404 || r.status === 400)).toBe(true)
    await expectTooMany(
      "/merchant/orders/order_devine/collect",
      { code: "123456" },
      randomClientIp(),
      bearer(token)
    )
  })

  it("allows 10 checkout attempts per cart and 30 per address a minute", async () => {
    const cartIp = randomClientIp()
    const sameCart = await repeat(10, () =>
      post(
        "/store/carts/cart_inexistant/checkout",
        { payment_mode: "pay_at_pickup" },
        randomClientIp()
      )
    )
    expect(sameCart.every((r) => r.status !== 429)).toBe(true)
    await expectTooMany(
      "/store/carts/cart_inexistant/checkout",
      { payment_mode: "pay_at_pickup" },
      cartIp
    )
    const ip = randomClientIp()
    const carts = await repeat(30, (i) =>
      post(`/store/carts/cart_autre${i}/checkout`, { payment_mode: "pay_at_pickup" }, ip)
    )
    expect(carts.every((r) => r.status !== 429)).toBe(true)
    await expectTooMany("/store/carts/cart_encore/checkout", { payment_mode: "pay_at_pickup" }, ip)
  })
})

describe("sessions and logs", () => {
  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const token = await login("customer", "camille@mirashop.local", DEMO_PASSWORD)
    const response = await fetch(`${stack().backendUrl}/auth/session`, {
      method: "POST",
      headers: bearer(token),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get("set-cookie") ?? ""
    expect(cookie).toMatch(/connect\.sid=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it("never writes pickup codes, passwords or signing secrets to the backend log", async () => {
    const bakery = await demoShop("boulangerie@mirashop.local")
    const line = await stockedVariant(bakery.id, { mostStocked: true, minStock: 3 })
    const cart = await shopperCart([{ variantId: line.variantId, quantity: 1 }])
    await chooseSlots(cart, 2)
    const checkout: Checkout = await placedCheckout(cart)
    const order = checkout.orders[0]
    const token = await login("merchant", "boulangerie@mirashop.local", DEMO_PASSWORD)
    for (const action of ["accept", "ready"]) {
      expect(
        (
          await rawFetch(`/merchant/orders/${order.id}/${action}`, {
            method: "POST",
            headers: bearer(token),
          })
        ).status
      ).toBe(200)
    }
    await post(
      `/merchant/orders/${order.id}/collect`,
      { code: "000000" },
      randomClientIp(),
      bearer(token)
    )
    const collected = await post(
      `/merchant/orders/${order.id}/collect`,
      { code: order.pickup_code },
      randomClientIp(),
      bearer(token)
    )
    expect(collected.status, JSON.stringify(collected.body)).toBe(200)

    const database = new URL(stack().databaseUrl).pathname.slice(1)
    const logFile = path.resolve(stack().outboxDir, "../../test-logs", `${database}-backend.log`)
    expect(existsSync(logFile), logFile).toBe(true)
    const log = readFileSync(logFile, "utf8")
    expect(log.length).toBeGreaterThan(0)
    for (const secret of [
      order.pickup_code,
      DEMO_PASSWORD,
      TEST_PASSWORD,
      "mirashop-test-jwt-secret",
      "mirashop-test-cookie-secret",
      token,
    ]) {
      expect(log.includes(secret), `log contains ${secret.slice(0, 6)}…`).toBe(false)
    }
  })
})
