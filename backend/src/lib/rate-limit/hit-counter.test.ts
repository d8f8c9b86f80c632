import { describe, expect, it } from "vitest"
import { memoryHitCounter } from "./hit-counter"
import { ABUSE_LIMITS, tooManyMessage } from "./policies"

describe("memoryHitCounter", () => {
  it("counts hits per key within a window and starts over once it ends", async () => {
    let now = 1_000
    const counter = memoryHitCounter(() => now)
    expect(await counter.hit("a", 60_000)).toEqual({ count: 1, resetInMs: 60_000 })
    now += 10_000
    expect(await counter.hit("a", 60_000)).toEqual({ count: 2, resetInMs: 50_000 })
    expect(await counter.peek("b")).toEqual({ count: 0, resetInMs: 0 })
    now += 50_000
    expect(await counter.peek("a")).toEqual({ count: 0, resetInMs: 0 })
    expect((await counter.hit("a", 60_000)).count).toBe(1)
  })
})

describe("abuse limits", () => {
  it("are stricter per account than per address", () => {
    for (const limits of Object.values(ABUSE_LIMITS))
      expect(limits.perAccount.max).toBeLessThan(limits.perIp.max)
  })

  it("tell the wait in French, in seconds then minutes", () => {
    expect(tooManyMessage(30)).toBe("Trop de tentatives : par sécurité, réessayez dans 30 s.")
    expect(tooManyMessage(61)).toBe("Trop de tentatives : par sécurité, réessayez dans 2 min.")
  })
})
