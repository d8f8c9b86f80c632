import { spawn, type ChildProcess } from "node:child_process"
import { once } from "node:events"
import net from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { redisHitCounter } from "../../backend/src/lib/rate-limit/hit-counter"

/** Our own Redis, away from the machine's 6379 (MIRASHOP_TEST_PORT_OFFSET keeps parallel checkouts apart). */
const REDIS_PORT = 6400 + Number(process.env.MIRASHOP_TEST_PORT_OFFSET ?? 0)

async function startRedis(): Promise<ChildProcess> {
  const redis = spawn(
    "redis-server",
    ["--port", String(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" }
  )
  for (let attempt = 0; attempt < 50; attempt++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net
        .connect(REDIS_PORT, "127.0.0.1", () => resolve(socket.end() && true))
        .on("error", () => resolve(false))
    })
    if (up) return redis
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`redis-server did not start on ${REDIS_PORT}`)
}

async function stopRedis(redis: ChildProcess): Promise<void> {
  if (redis.exitCode !== null) return
  redis.kill("SIGKILL")
  await once(redis, "exit")
}

describe("abuse-limit counters in Redis", () => {
  let redis: ChildProcess

  beforeAll(async () => {
    redis = await startRedis()
  })

  afterAll(() => stopRedis(redis))

  it("are shared by every server: hits from two processes add up in one window", async () => {
    const url = `redis://127.0.0.1:${REDIS_PORT}`
    const [serverA, serverB] = [redisHitCounter(url), redisHitCounter(url)]
    const key = `login-account:${Date.now()}`
    const hits = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? serverA : serverB).hit(key, 60_000))
    )
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1)
    )
    const seen = await serverA.peek(key)
    expect(seen.count).toBe(40)
    expect(seen.resetInMs).toBeGreaterThan(0)
    expect(seen.resetInMs).toBeLessThanOrEqual(60_000)
  })

  it("fail fast while Redis is down (the limiter then lets requests through) and count again once it is back", async () => {
    const counter = redisHitCounter(`redis://127.0.0.1:${REDIS_PORT}`)
    await counter.hit("probe", 1_000)
    await stopRedis(redis)
    await expect(counter.hit("probe", 1_000)).rejects.toThrow()
    redis = await startRedis()
    let count = 0
    for (let attempt = 0; attempt < 100 && count === 0; attempt++) {
      count = await counter.hit(`after-restart-${Date.now()}`, 60_000).then(
        (h) => h.count,
        () => 0
      )
      if (count === 0) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(count).toBe(1)
  })
})
