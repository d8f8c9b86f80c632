import type { StoreCatalogResponse } from "@mirashop/contract"
import { expect } from "vitest"
import { rawFetch } from "./clients"

/** Reads `GET /store/catalog` with these query parameters; fails the test unless it answers 200. */
export async function catalog(query: Record<string, string | number | boolean> = {}): Promise<StoreCatalogResponse> {
  const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]))
  const { status, body } = await rawFetch(`/store/catalog?${params}`)
  expect(status, JSON.stringify(body)).toBe(200)
  return body as unknown as StoreCatalogResponse
}

/**
 * Polls until `check` passes, and fails if it still does not `withinMs` after the call:
 * how the catalogue's freshness promise (a change shows within 2 s) is held to account.
 */
export async function showsWithin(withinMs: number, check: () => Promise<void>): Promise<number> {
  const started = Date.now()
  let lastError: unknown
  while (Date.now() - started <= withinMs) {
    try {
      await check()
      return Date.now() - started
    } catch (error) {
      lastError = error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw lastError
}
