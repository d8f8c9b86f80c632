import Redis from "ioredis"

/** How many hits a key has in its current window, and when that window ends. */
export interface HitCount {
  count: number
  resetInMs: number
}

/** Counts hits per key in fixed windows; shared by every server when it lives in Redis. */
export interface HitCounter {
  /** Adds one hit to `key` (opening a window of `windowMs` if none is open) and returns the new count. */
  hit(key: string, windowMs: number): Promise<HitCount>
  /** The current count of `key` without adding a hit. */
  peek(key: string): Promise<HitCount>
}

/** Windows kept in this process only: right for a single server and for the local demo. */
export function memoryHitCounter(now: () => number = Date.now): HitCounter {
  const windows = new Map<string, { count: number; endsAt: number }>()
  const current = (key: string) => {
    const window = windows.get(key)
    if (window && window.endsAt > now()) return window
    windows.delete(key)
    return undefined
  }
  return {
    hit(key, windowMs) {
      // Drop expired windows now and then so the map cannot grow without bound.
      if (windows.size > 10_000) for (const k of [...windows.keys()]) current(k)
      const window = current(key) ?? { count: 0, endsAt: now() + windowMs }
      window.count += 1
      windows.set(key, window)
      return Promise.resolve({ count: window.count, resetInMs: window.endsAt - now() })
    },
    peek(key) {
      const window = current(key)
      return Promise.resolve(
        window
          ? { count: window.count, resetInMs: window.endsAt - now() }
          : { count: 0, resetInMs: 0 }
      )
    },
  }
}

/**
 * Windows kept in Redis, so a limit holds across every server. While Redis is away a command
 * gives up after half a second: the limiter then lets requests through rather than take the
 * shop down with it.
 */
export function redisHitCounter(redisUrl: string): HitCounter {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 500 })
  // Errors are reported by the failing command; without a listener ioredis would print every reconnect.
  redis.on("error", () => undefined)
  const prefix = "mirashop:rate:"
  return {
    async hit(key, windowMs) {
      const result = await redis
        .multi()
        .set(prefix + key, 0, "PX", windowMs, "NX")
        .incr(prefix + key)
        .pttl(prefix + key)
        .exec()
      const count = Number(result?.[1]?.[1] ?? 0)
      const ttl = Number(result?.[2]?.[1] ?? windowMs)
      return { count, resetInMs: ttl > 0 ? ttl : windowMs }
    },
    async peek(key) {
      const [count, ttl] = await Promise.all([redis.get(prefix + key), redis.pttl(prefix + key)])
      return { count: Number(count ?? 0), resetInMs: ttl > 0 ? ttl : 0 }
    },
  }
}
