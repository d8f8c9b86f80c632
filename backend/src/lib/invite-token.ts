import { createHmac, timingSafeEqual } from "node:crypto"

/** What an invitation to join a shop's team carries. */
export interface InvitePayload {
  merchant_user_id: string
  email: string
  /** Expiry, epoch milliseconds. */
  exp: number
}

const encode = (value: string) => Buffer.from(value).toString("base64url")

function signature(body: string, secret: string): string {
  return createHmac("sha256", `mirashop-invite:${secret}`).update(body).digest("base64url")
}

/** Signs an invitation (valid 7 days by default) with the backend's secret. */
export function signInvite(payload: Omit<InvitePayload, "exp">, secret: string, ttlMs = 7 * 24 * 3600_000): string {
  const body = encode(JSON.stringify({ ...payload, exp: Date.now() + ttlMs }))
  return `${body}.${signature(body, secret)}`
}

/** Returns the invitation if the token is authentic and not expired, otherwise null. */
export function verifyInvite(token: string, secret: string, now = Date.now()): InvitePayload | null {
  const [body, sig] = token.split(".")
  if (!body || !sig) return null
  const expected = Buffer.from(signature(body, secret))
  const given = Buffer.from(sig)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString()) as InvitePayload
    return payload.exp > now ? payload : null
  } catch {
    return null
  }
}
