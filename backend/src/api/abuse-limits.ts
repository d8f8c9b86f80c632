import { createHash } from "node:crypto"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { readRuntimeEnv } from "../config/runtime"
import { memoryHitCounter, redisHitCounter, type HitCounter } from "../lib/rate-limit/hit-counter"
import {
  ABUSE_LIMITS,
  tooManyMessage,
  type AbuseLimits,
  type LimitPolicy,
} from "../lib/rate-limit/policies"

const env = readRuntimeEnv(process.env)
let counter: HitCounter | undefined
/** One counter per process: in Redis when the servers share one, else in memory. */
function hitCounter(): HitCounter {
  counter ??= env.redisUrl ? redisHitCounter(env.redisUrl) : memoryHitCounter()
  return counter
}

/** The client's address: behind a trusted proxy, the last hop it appended to X-Forwarded-For. */
function clientIp(req: MedusaRequest): string {
  const forwarded = req.headers["x-forwarded-for"]
  if (env.trustProxy && typeof forwarded === "string" && forwarded.trim()) {
    const hops = forwarded.split(",").map((hop) => hop.trim())
    return hops[hops.length - 1]
  }
  return req.socket.remoteAddress ?? "unknown"
}

function keyOf(policy: LimitPolicy, value: string): string {
  // Accounts are e-mails: only a digest is kept in the counter store.
  return `${policy.name}:${createHash("sha256").update(value.toLowerCase()).digest("hex").slice(0, 32)}`
}

function bodyField(req: MedusaRequest, field: string): string | undefined {
  const body: unknown = req.body
  if (body && typeof body === "object") {
    const value: unknown = Reflect.get(body, field)
    if (typeof value === "string" && value) return value
  }
  return undefined
}

function authActor(req: MedusaRequest): string | undefined {
  const context: unknown = Reflect.get(req, "auth_context")
  const actor: unknown =
    context && typeof context === "object" ? Reflect.get(context, "actor_id") : undefined
  return typeof actor === "string" && actor ? actor : undefined
}

/**
 * A middleware enforcing `limits` per client IP and per account (`accountOf`). Attempt limits
 * count every request; failure limits count only responses with a `failed` status. Past a limit
 * the client gets 429, Retry-After and a French sentence. If the counter store is unreachable the
 * request goes through: an abuse limit must not take the marketplace down with Redis.
 */
function abuseLimit(
  limits: AbuseLimits,
  accountOf: (req: MedusaRequest) => string | undefined,
  failed: (status: number) => boolean
) {
  return async (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ): Promise<void> => {
    const account = accountOf(req)
    const checks: [LimitPolicy, string][] = [[limits.perIp, keyOf(limits.perIp, clientIp(req))]]
    if (account) checks.push([limits.perAccount, keyOf(limits.perAccount, account)])
    let retryAfterMs = 0
    try {
      for (const [policy, key] of checks) {
        const windowMs = policy.windowSeconds * 1000
        const seen =
          policy.counts === "attempts"
            ? await hitCounter().hit(key, windowMs)
            : await hitCounter().peek(key)
        const over =
          policy.counts === "attempts" ? seen.count > policy.max : seen.count >= policy.max
        if (over) retryAfterMs = Math.max(retryAfterMs, seen.resetInMs)
      }
    } catch {
      next()
      return
    }
    if (retryAfterMs > 0) {
      const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
      res.setHeader("Retry-After", String(seconds))
      res.status(429).json({ type: "too_many_requests", message: tooManyMessage(seconds) })
      return
    }
    res.on("finish", () => {
      if (!failed(res.statusCode)) return
      for (const [policy, key] of checks) {
        if (policy.counts === "failures")
          hitCounter()
            .hit(key, policy.windowSeconds * 1000)
            .catch(() => undefined)
      }
    })
    next()
  }
}

const loginAccount = (req: MedusaRequest) => {
  const email = bodyField(req, "email")
  return email && `${req.params.actor_type ?? req.path.split("/")[2]}:${email}`
}
const resetAccount = (req: MedusaRequest) => bodyField(req, "identifier")

const ACTORS = ["customer", "merchant", "user"]

/** Abuse limits on sign-in, password reset, pickup-code checks and checkout. */
export const abuseLimitMiddlewares: MiddlewareRoute[] = [
  ...ACTORS.map((actor) => ({
    matcher: `/auth/${actor}/emailpass`,
    methods: ["POST" as const],
    middlewares: [abuseLimit(ABUSE_LIMITS.login, loginAccount, (status) => status === 401)],
  })),
  ...ACTORS.map((actor) => ({
    matcher: `/auth/${actor}/emailpass/reset-password`,
    methods: ["POST" as const],
    middlewares: [abuseLimit(ABUSE_LIMITS.passwordReset, resetAccount, () => false)],
  })),
  {
    matcher: "/merchant/orders/:id/collect",
    methods: ["POST"],
    middlewares: [
      abuseLimit(ABUSE_LIMITS.pickupCode, authActor, (status) => status === 400 || status === 404),
    ],
  },
  {
    matcher: "/store/carts/:id/checkout",
    methods: ["POST"],
    middlewares: [
      abuseLimit(
        ABUSE_LIMITS.checkout,
        (req) => authActor(req) ?? req.params.id,
        () => false
      ),
    ],
  },
]
