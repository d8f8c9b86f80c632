import { describe, expect, it } from "vitest"
import { buildModules, readRuntimeEnv } from "./runtime"

const resolves = (env: Record<string, string | undefined>) =>
  buildModules(readRuntimeEnv(env)).map((module) => module.resolve)

describe("readRuntimeEnv", () => {
  it("reads the platform commission in basis points, 0 by default, and refuses a bad rate", () => {
    expect(readRuntimeEnv({}).platformCommissionBp).toBe(0)
    expect(readRuntimeEnv({ PLATFORM_COMMISSION_BP: "250" }).platformCommissionBp).toBe(250)
    expect(() => readRuntimeEnv({ PLATFORM_COMMISSION_BP: "2.5" })).toThrow(/PLATFORM_COMMISSION_BP/)
    expect(() => readRuntimeEnv({ PLATFORM_COMMISSION_BP: "10001" })).toThrow(/PLATFORM_COMMISSION_BP/)
  })

  it("refuses a production process without its secrets", () => {
    expect(() => readRuntimeEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/)
    expect(() => readRuntimeEnv({ NODE_ENV: "production", JWT_SECRET: "x" })).toThrow(/COOKIE_SECRET/)
  })

  it("uses development secrets only outside production", () => {
    const env = readRuntimeEnv({})
    expect(env.jwtSecret).toBeTruthy()
    expect(env.production).toBe(false)
    expect(env.cookieSecure).toBe(false)
  })

  it("makes cookies Secure in production unless the local demo opts out", () => {
    const base = { NODE_ENV: "production", JWT_SECRET: "j", COOKIE_SECRET: "c" }
    expect(readRuntimeEnv(base).cookieSecure).toBe(true)
    expect(readRuntimeEnv({ ...base, COOKIE_SECURE: "false" }).cookieSecure).toBe(false)
  })

  it("disables the admin on workers and rejects unknown modes", () => {
    expect(readRuntimeEnv({ MEDUSA_WORKER_MODE: "worker" }).adminDisabled).toBe(true)
    expect(readRuntimeEnv({ MEDUSA_WORKER_MODE: "server" }).adminDisabled).toBe(false)
    expect(readRuntimeEnv({}).workerMode).toBe("shared")
    expect(() => readRuntimeEnv({ MEDUSA_WORKER_MODE: "cluster" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})

describe("buildModules", () => {
  it("keeps events, workflows and locks in memory without Redis", () => {
    const modules = resolves({})
    expect(modules).not.toContain("@medusajs/medusa/event-bus-redis")
    expect(modules).not.toContain("@medusajs/medusa/workflow-engine-redis")
    expect(modules).not.toContain("@medusajs/medusa/locking")
  })

  it("moves events, workflows and locks to Redis when REDIS_URL is set", () => {
    const modules = resolves({ REDIS_URL: "redis://127.0.0.1:6379" })
    expect(modules).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/locking",
      ])
    )
  })

  it("retries the subscribers of a Redis event that failed, instead of dropping the event", () => {
    const bus = buildModules(readRuntimeEnv({ REDIS_URL: "redis://127.0.0.1:6379" })).find(
      (module) => module.resolve === "@medusajs/medusa/event-bus-redis"
    )
    expect(bus?.options?.jobOptions).toMatchObject({ attempts: 8, backoff: { type: "exponential", delay: 1000 } })
  })

  it("registers Stripe only when the key and the webhook secret are configured", () => {
    const providers = (env: Record<string, string>) => {
      const payment = buildModules(readRuntimeEnv(env)).find(
        (module) => module.resolve === "@medusajs/medusa/payment"
      )
      return (payment?.options?.providers ?? []) as { id: string }[]
    }
    expect(providers({})).toEqual([])
    expect(providers({ STRIPE_API_KEY: "sk_test_x" })).toEqual([])
    expect(providers({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }).map((p) => p.id)).toEqual(["stripe"])
  })

  it("points the Stripe SDK at STRIPE_API_HOST when given (the local fake in tests)", () => {
    const env = readRuntimeEnv({
      STRIPE_API_KEY: "sk_test_x",
      STRIPE_WEBHOOK_SECRET: "whsec_x",
      STRIPE_PUBLISHABLE_KEY: "pk_test_x",
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: "12111",
      STRIPE_API_PROTOCOL: "http",
    })
    expect(env.stripe).toEqual({
      apiKey: "sk_test_x",
      webhookSecret: "whsec_x",
      publishableKey: "pk_test_x",
      apiHost: { host: "127.0.0.1", port: 12111, protocol: "http" },
    })
  })

  it("searches in French", () => {
    const search = buildModules(readRuntimeEnv({})).find(
      (module) => module.resolve === "@medusajs/medusa/search"
    )
    expect(JSON.stringify(search?.options)).toContain('"language":"french"')
  })
})

describe("e-mail delivery", () => {
  const emailProvider = (env: Record<string, string>) => {
    const notification = buildModules(readRuntimeEnv(env)).find(
      (module) => module.resolve === "@medusajs/medusa/notification"
    )
    const providers = (notification?.options?.providers ?? []) as { id: string; options: { channels: string[] } }[]
    return providers.find((provider) => provider.options.channels.includes("email"))?.id
  }

  it("writes e-mails to the local outbox unless SMTP_URL is set", () => {
    expect(emailProvider({})).toBe("outbox")
    expect(emailProvider({ SMTP_URL: "smtp://mail.example:25" })).toBe("smtp")
  })
})
