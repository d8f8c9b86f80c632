import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { backupDatabase, restoreDatabase } from "../../scripts/lib/backup"
import { databaseUrl, ensureDatabase } from "../../scripts/lib/embedded-db"
import {
  backendProcess,
  checkout,
  clusterDirs,
  healthy,
  loadTestLines,
  mailsPerCheckout,
  placedCheckouts,
  pool,
  productionEnv,
  publishableKeyOf,
  query,
  readyCart,
  waitUntil,
  type Backend,
  type Line,
  type Reply,
} from "./support/cluster"
import { ports, sleep, startPostgres, startRedis, type OwnPostgres, type OwnRedis } from "./support/services"

const BURST = 40
const DOWN_MS = 6_000

const figure = (text: string) => process.stdout.write(`[figure] ${text}\n`)

describe("a PostgreSQL restart under load (a PostgreSQL of our own, never the machine's)", () => {
  let postgres: OwnPostgres
  let redis: OwnRedis
  let server: Backend
  let worker: Backend
  let url: string
  let key: string
  let lines: Line[]
  let outboxDir: string
  const folder = mkdtempSync(path.join(tmpdir(), "mirashop-pg-restart-"))

  beforeAll(async () => {
    postgres = await startPostgres(ports.postgres(1))
    // The seeded template, moved to our own server with npm run backup / restore's code.
    const dump = path.join(folder, "template.dump")
    await backupDatabase(inject("templateDatabaseUrl"), dump)
    await ensureDatabase(postgres.serverUrl, "mirashop")
    url = databaseUrl(postgres.serverUrl, "mirashop")
    await restoreDatabase(url, dump)
    redis = await startRedis(ports.redis(2))
    const dirs = clusterDirs("postgres-restart")
    outboxDir = dirs.outboxDir
    lines = await loadTestLines(url)
    key = await publishableKeyOf(url)
    const env = (port: number) => productionEnv({ databaseUrl: url, redisUrl: redis.url, outboxDir, backendUrl: `http://127.0.0.1:${port}` })
    server = backendProcess({ name: "server", mode: "server", port: ports.backend(4), env: env(ports.backend(4)), logDir: dirs.logDir })
    worker = backendProcess({ name: "worker", mode: "worker", port: ports.backend(5), env: env(ports.backend(5)), logDir: dirs.logDir })
    await Promise.all([server.start(), worker.start()])
  }, 900_000)

  afterAll(async () => {
    await Promise.all([server?.stop(), worker?.stop()])
    await redis?.kill()
    await postgres?.destroy()
    rmSync(folder, { recursive: true, force: true })
  })

  it(`answers 503 with Retry-After while the database is down, never a 500; recovers within 30 s; loses no accepted order`, async () => {
    const cartIds = await pool(Array.from({ length: BURST }, (_, i) => i), 6, (i) =>
      readyCart(server.url, key, [lines[i % lines.length]], `panne-pg-${i}@exemple.fr`, i % 12)
    )
    const replies: Reply[] = []
    const noAnswer: string[] = []
    const burst = pool(cartIds, 6, async (cart, i) => {
      replies[i] = await checkout(server.url, key, cart, 45_000).catch((error: unknown) => {
        noAnswer.push(String(error))
        return { status: 0, text: String(error), headers: new Headers(), body: {} }
      })
    })
    await sleep(1_500)
    await postgres.stop()
    const downAt = Date.now()
    const probes: Reply[] = []
    while (Date.now() - downAt < DOWN_MS) {
      for (const pathname of ["/store/shops", "/store/catalog", "/store/checkouts/cart_inconnu"]) {
        const probe = await fetch(`${server.url}${pathname}`, { headers: { "x-publishable-api-key": key }, signal: AbortSignal.timeout(10_000) }).catch(() => undefined)
        if (probe) probes.push({ status: probe.status, headers: probe.headers, text: await probe.text(), body: {} })
      }
      const probe = await checkout(server.url, key, cartIds[0], 10_000).catch((error: unknown) => {
        noAnswer.push(String(error))
        return undefined
      })
      if (probe) probes.push(probe)
      await sleep(500)
    }
    await postgres.start()
    const recovered = await waitUntil(async () => {
      if (!(await healthy(server.url)) || !(await healthy(worker.url))) return false
      const [probe] = await pool([0], 1, () => readyCart(server.url, key, [lines[0]], `retour-pg-${Date.now()}@exemple.fr`, 3))
      return (await checkout(server.url, key, probe, 10_000)).status === 200
    }, 60_000, 1_000)
    await burst
    figure(`PostgreSQL stopped ${DOWN_MS / 1000} s during ${BURST} checkouts: placing orders again ${(recovered / 1000).toFixed(1)} s after it restarted`)
    expect(recovered).toBeGreaterThanOrEqual(0)
    expect(recovered).toBeLessThanOrEqual(30_000)

    const all = [...replies, ...probes]
    const unavailable = all.filter((r) => r.status === 503)
    figure(`during the PostgreSQL outage: ${all.filter((r) => r.status === 200).length} answered 200, ${unavailable.length} × 503, ${noAnswer.length} without answer, 0 × 500`)
    expect(all.filter((r) => r.status >= 500 && r.status !== 503).map((r) => `${r.status} ${r.text.slice(0, 200)}`)).toEqual([])
    expect(unavailable.length, "the outage was seen by clients").toBeGreaterThan(0)
    for (const r of unavailable) {
      expect(r.headers.get("retry-after")).toBe("5")
      const body = JSON.parse(r.text) as { message: string }
      expect(body.message).toMatch(/momentanément indisponible/)
      expect(r.text).not.toMatch(/at .+\.js:\d+|ECONNREFUSED|stack/)
    }

    // Accepted before or during the outage: kept. The others are retried by their shopper once it is back.
    const acceptedDuring = cartIds.filter((_, i) => replies[i]?.status === 200)
    const retried = await pool(cartIds, 6, (cart) => checkout(server.url, key, cart))
    expect(retried.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.text.slice(0, 200)}`)).toEqual([])
    const placed = await placedCheckouts(url, cartIds)
    expect(acceptedDuring.filter((id) => !placed.has(id))).toEqual([])
    expect(placed.size).toBe(BURST)
    // Checkouts cut off by the outage left nothing half-done: no order without its pickup record, no stray reservation.
    const [{ orphans, reservations }] = await query<{ orphans: string; reservations: string }>(
      url,
      `select
         (select count(*) from "order" o where o.deleted_at is null and not exists (select 1 from order_pickup p where p.order_id = o.id)) as orphans,
         (select count(*) from reservation_item r where r.deleted_at is null
            and not exists (select 1 from order_item oi join order_pickup p on p.order_id = oi.order_id where oi.item_id = r.line_item_id)) as reservations`
    )
    expect({ orphans: Number(orphans), reservations: Number(reservations) }).toEqual({ orphans: 0, reservations: 0 })
    // And every event reaches the worker once, subscribers that failed meanwhile retried.
    const displayIds = [...placed.values()].flat()
    const waited = await waitUntil(() => {
      const { confirmations } = mailsPerCheckout(outboxDir, cartIds, displayIds)
      return Promise.resolve([...confirmations.values()].every((n) => n >= 1))
    }, 240_000)
    expect(waited).toBeGreaterThanOrEqual(0)
    await sleep(3_000)
    const { confirmations, shopMails } = mailsPerCheckout(outboxDir, cartIds, displayIds)
    expect([...confirmations.entries()].filter(([, n]) => n !== 1)).toEqual([])
    expect([...shopMails.entries()].filter(([, n]) => n !== 1)).toEqual([])
  }, 600_000)
})
