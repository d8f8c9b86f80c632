/** What a limit counts: every attempt, or only the refused ones (wrong password, wrong code). */
export type LimitCounts = "attempts" | "failures"

/** One abuse limit: at most `max` counted requests per key in `windowSeconds`. */
export interface LimitPolicy {
  name: string
  max: number
  windowSeconds: number
  counts: LimitCounts
}

/** An action protected by a limit per client IP and a (stricter) limit per account. */
export interface AbuseLimits {
  perIp: LimitPolicy
  perAccount: LimitPolicy
}

const minutes = (n: number) => n * 60

/**
 * Mirashop's abuse limits. Per IP they stay generous because a whole office or a phone
 * network can share one address; per account they stop guessing a password or a code.
 */
export const ABUSE_LIMITS = {
  login: {
    perIp: { name: "login-ip", max: 30, windowSeconds: minutes(15), counts: "failures" },
    perAccount: { name: "login-account", max: 10, windowSeconds: minutes(15), counts: "failures" },
  },
  passwordReset: {
    perIp: { name: "reset-ip", max: 20, windowSeconds: minutes(60), counts: "attempts" },
    perAccount: { name: "reset-account", max: 5, windowSeconds: minutes(60), counts: "attempts" },
  },
  pickupCode: {
    perIp: { name: "pickup-code-ip", max: 60, windowSeconds: minutes(15), counts: "failures" },
    perAccount: {
      name: "pickup-code-account",
      max: 30,
      windowSeconds: minutes(15),
      counts: "failures",
    },
  },
  checkout: {
    perIp: { name: "checkout-ip", max: 30, windowSeconds: minutes(1), counts: "attempts" },
    perAccount: {
      name: "checkout-account",
      max: 10,
      windowSeconds: minutes(1),
      counts: "attempts",
    },
  },
} satisfies Record<string, AbuseLimits>

/** The French sentence a client gets with its 429. */
export function tooManyMessage(retryAfterSeconds: number): string {
  const wait =
    retryAfterSeconds < 60 ? `${retryAfterSeconds} s` : `${Math.ceil(retryAfterSeconds / 60)} min`
  return `Trop de tentatives : par sécurité, réessayez dans ${wait}.`
}
