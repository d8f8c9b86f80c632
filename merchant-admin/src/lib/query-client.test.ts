import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it, vi } from "vitest"
import { createQueryClient, shouldRetry } from "./query-client"

describe("query client", () => {
  it("never retries an answer that will not change (4xx)", () => {
    expect(shouldRetry(0, new FetchError("Not found", "Not Found", 404))).toBe(false)
    expect(shouldRetry(0, new FetchError("Unauthorized", "Unauthorized", 401))).toBe(false)
  })

  it("retries server and network failures twice", () => {
    const down = new FetchError("Service Unavailable", "Service Unavailable", 503)
    expect([0, 1, 2].map((count) => shouldRetry(count, down))).toEqual([true, true, false])
    expect(shouldRetry(0, new TypeError("Failed to fetch"))).toBe(true)
  })

  it("reports a 401 on any query, and nothing else", async () => {
    const onUnauthorized = vi.fn()
    const client = createQueryClient({ onUnauthorized })
    const fail = (error: Error) =>
      client.fetchQuery({
        queryKey: [error.message],
        queryFn: () => Promise.reject(error),
        retry: false,
      })

    await expect(fail(new FetchError("Not Found", "Not Found", 404))).rejects.toThrow()
    expect(onUnauthorized).not.toHaveBeenCalled()
    await expect(fail(new FetchError("Unauthorized", "Unauthorized", 401))).rejects.toThrow()
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })
})
