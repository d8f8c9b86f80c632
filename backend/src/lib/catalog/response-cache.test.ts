import { describe, expect, it, vi } from "vitest"
import { ResponseCache } from "./response-cache"

describe("ResponseCache", () => {
  it("computes once while fresh; just after expiry serves the old answer while one refresh runs", async () => {
    vi.useFakeTimers()
    const cache = new ResponseCache<number>(500, 10, 1000)
    const compute = vi.fn(() => Promise.resolve(compute.mock.calls.length))
    expect(await cache.get("a", compute)).toBe(1)
    expect(await cache.get("a", compute)).toBe(1)
    vi.advanceTimersByTime(501)
    expect(await Promise.all([cache.get("a", compute), cache.get("a", compute)])).toEqual([1, 1])
    expect(compute).toHaveBeenCalledTimes(2)
    expect(await cache.get("a", compute)).toBe(2)
    vi.useRealTimers()
  })

  it("waits for a fresh answer once the old one is past its stale window", async () => {
    vi.useFakeTimers()
    const cache = new ResponseCache<number>(500, 10, 1000)
    let calls = 0
    const compute = () => Promise.resolve(++calls)
    expect(await cache.get("a", compute)).toBe(1)
    vi.advanceTimersByTime(1600)
    expect(await cache.get("a", compute)).toBe(2)
    vi.useRealTimers()
  })

  it("keeps serving the old answer when a refresh fails, and retries", async () => {
    vi.useFakeTimers()
    const cache = new ResponseCache<string>(500, 10, 1000)
    expect(await cache.get("a", () => Promise.resolve("old"))).toBe("old")
    vi.advanceTimersByTime(501)
    expect(await cache.get("a", () => Promise.reject(new Error("down")))).toBe("old")
    await Promise.resolve()
    expect(await cache.get("a", () => Promise.resolve("new"))).toBe("old")
    await Promise.resolve()
    expect(await cache.get("a", () => Promise.resolve("unused"))).toBe("new")
    vi.useRealTimers()
  })

  it("shares one computation between concurrent callers and forgets failures", async () => {
    const cache = new ResponseCache<string>(1000, 10)
    let calls = 0
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`r${++calls}`), 10))
    expect(await Promise.all([cache.get("k", slow), cache.get("k", slow)])).toEqual(["r1", "r1"])
    await expect(cache.get("boom", () => Promise.reject(new Error("x")))).rejects.toThrow("x")
    await Promise.resolve()
    expect(await cache.get("boom", () => Promise.resolve("ok"))).toBe("ok")
  })

  it("never holds more than its maximum", async () => {
    const cache = new ResponseCache<number>(60_000, 2)
    await cache.get("a", () => Promise.resolve(1))
    await cache.get("b", () => Promise.resolve(2))
    await cache.get("c", () => Promise.resolve(3))
    expect(await cache.get("a", () => Promise.resolve(9))).toBe(9)
  })
})
