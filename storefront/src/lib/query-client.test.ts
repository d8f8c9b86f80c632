import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { shouldRetry } from "./query-client"

describe("query client", () => {
  it("never retries an answer that will not change (4xx)", () => {
    expect(shouldRetry(0, new FetchError("Not found", "Not Found", 404))).toBe(false)
    expect(shouldRetry(0, new FetchError("Bad request", "Bad Request", 400))).toBe(false)
  })

  it("retries server and network failures twice", () => {
    const down = new FetchError("Service Unavailable", "Service Unavailable", 503)
    expect([0, 1, 2].map((count) => shouldRetry(count, down))).toEqual([true, true, false])
    expect(shouldRetry(0, new TypeError("Failed to fetch"))).toBe(true)
  })
})
