import Medusa from "@medusajs/js-sdk"
import { inject } from "vitest"
import pg from "pg"

/** The running stack of this test run. */
export const stack = () => inject("stack")

/** A js-sdk client for shopper routes (publishable key set). */
export function storeClient(): Medusa {
  const { backendUrl, publishableKey } = stack()
  return new Medusa({ baseUrl: backendUrl, publishableKey })
}

/** A js-sdk client authenticating with JWTs kept in memory (merchant or admin). */
export function authClient(): Medusa {
  const { backendUrl, publishableKey } = stack()
  return new Medusa({
    baseUrl: backendUrl,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  })
}

/** Runs a query on the test database, to check what the API really stored. */
export async function sql<T extends pg.QueryResultRow>(
  text: string,
  params: unknown[] = []
): Promise<T[]> {
  const client = new pg.Client({ connectionString: stack().databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(text, params)).rows
  } finally {
    await client.end()
  }
}

/** A random private IPv4 address, standing for one client. */
export function randomClientIp(): string {
  const byte = () => Math.floor(Math.random() * 256)
  return `10.${byte()}.${byte()}.${byte()}`
}

/** Calls the backend with plain fetch and returns status + JSON body (for error cases). */
export async function rawFetch(
  path: string,
  init: RequestInit & { publishable?: boolean } = {}
): Promise<{ status: number; body: Record<string, unknown> }> {
  const { backendUrl, publishableKey } = stack()
  const headers = new Headers(init.headers)
  if (init.publishable !== false) headers.set("x-publishable-api-key", publishableKey)
  if (init.body && !headers.has("content-type")) headers.set("content-type", "application/json")
  // Every call is its own client unless the test pins an address (abuse limits count per IP).
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", randomClientIp())
  const response = await fetch(`${backendUrl}${path}`, { ...init, headers })
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    body = { text }
  }
  return { status: response.status, body }
}
