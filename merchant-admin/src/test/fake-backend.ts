import type { MerchantMeResponse } from "@mirashop/contract"
import { vi } from "vitest"
import { JWT_STORAGE_KEY } from "@/lib/sdk"

/** One request as the fake backend saw it. */
export interface SeenRequest {
  method: string
  path: string
  headers: Headers
  body: unknown
}

type Route = `${"GET" | "POST" | "DELETE"} ${string}`
type Reply =
  { status: number; body?: unknown } | (() => Promise<{ status: number; body?: unknown }>)

/**
 * Replaces `fetch`, the app's only way out, with canned answers per "METHOD /path".
 * Unknown routes answer 404 so a test never reaches the network by accident.
 */
export function fakeBackend(routes: Partial<Record<Route, Reply>>) {
  const requests: SeenRequest[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString())
    const method = (init?.method ?? "GET").toUpperCase()
    const raw = init?.body
    requests.push({
      method,
      path: url.pathname,
      headers: new Headers(init?.headers),
      body: typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw,
    })
    const reply = routes[`${method} ${url.pathname}` as Route]
    const { status, body } =
      typeof reply === "function"
        ? await reply()
        : (reply ?? { status: 404, body: { message: "Not found" } })
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    })
  })
  vi.stubGlobal("fetch", fetch)
  return { fetch, requests }
}

/** Medusa's answer to a wrong e-mail or password. */
export const UNAUTHORIZED = {
  status: 401,
  body: { type: "unauthorized", message: "Invalid email or password" },
}

/** Pretends a merchant signed in earlier on this device. */
export function storeToken(token = "stored-token"): void {
  window.localStorage.setItem(JWT_STORAGE_KEY, token)
}

export function storedToken(): string | null {
  return window.localStorage.getItem(JWT_STORAGE_KEY)
}

/** A baker whose shop the city has approved; override what the test is about. */
export function aMerchant(
  overrides: { shop?: Partial<NonNullable<MerchantMeResponse["shop"]>> | null } = {}
): MerchantMeResponse {
  const shop =
    overrides.shop === null
      ? null
      : {
          id: "shop_1",
          handle: "boulangerie-du-marche",
          name: "Boulangerie du Marché",
          status: "approved" as const,
          ...overrides.shop,
        }
  return {
    merchant_user: {
      id: "mu_1",
      email: "boulangerie@mirashop.local",
      first_name: "Camille",
      last_name: "Roux",
      role: "owner",
    },
    shop,
  }
}
