import { readFileSync } from "node:fs"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import {
  backendProcess,
  call,
  checkout,
  clusterDirs,
  COOKIE_SECRET,
  copyOfTemplate,
  healthy,
  JWT_SECRET,
  loadTestLines,
  mailsPerCheckout,
  placedCheckouts,
  pool,
  productionEnv,
  publishableKeyOf,
  query,
  readyCart,
  stockedSet,
  waitUntil,
  type Backend,
  type Line,
  type Reply,
} from "./support/cluster"
import { ports, sleep, startRedis, type OwnRedis } from "./support/services"

const CHECKOUTS = 200
const BURST = 60
/** Every fourth cart holds two shops: one checkout, two orders. */
const shopsOf = (i: number, lines: Line[]) => (i % 4 === 0 ? [lines[i % lines.length], lines[(i + 1) % lines.length]] : [lines[i % lines.length]])

/** Prints a figure for docs/reliability.md. */
const figure = (text: string) => process.stdout.write(`[figure] ${text}\n`)

describe("scale-out on Medusa's worker mode: 2 servers + 1 worker, one PostgreSQL, one Redis", () => {
  let db: Awaited<ReturnType<typeof copyOfTemplate>>
  let redis: OwnRedis
  let servers: Backend[]
  let worker: Backend
  let key: string
  let lines: Line[]
  let outboxDir: string
  /** Every checkout a client was told succeeded, over the whole file: none may be lost. */
  const accepted = new Set<string>()

  /** Carts ready for checkout, prepared through both servers in turn. */
  const carts = (count: number, label: string) =>
    pool(Array.from({ length: count }, (_, i) => i), 8, (i) =>
      readyCart(servers[i % 2].url, key, shopsOf(i, lines), `${label}-${i}@exemple.fr`, i % 12)
    )

  /** Expects every checkout placed exactly once (one order per shop) and confirmed exactly once. */
  async function expectPlacedAndConfirmedOnce(cartIds: string[], timeoutMs: number): Promise<void> {
    const placed = await placedCheckouts(db.url, cartIds)
    expect([...placed.keys()].sort()).toEqual([...cartIds].sort())
    cartIds.forEach((id, i) => expect(placed.get(id)?.length, id).toBe(shopsOf(i, lines).length))
    const displayIds = [...placed.values()].flat()
    const waited = await waitUntil(() => {
      const { confirmations, shopMails } = mailsPerCheckout(outboxDir, cartIds, displayIds)
      return Promise.resolve([...confirmations.values(), ...shopMails.values()].every((n) => n >= 1))
    }, timeoutMs)
    // A late duplicate would come within the same delay: give it the time to show up.
    await sleep(3_000)
    const { confirmations, shopMails } = mailsPerCheckout(outboxDir, cartIds, displayIds)
    expect(waited, "every e-mail arrived").toBeGreaterThanOrEqual(0)
    expect([...confirmations.entries()].filter(([, n]) => n !== 1)).toEqual([])
    expect([...shopMails.entries()].filter(([, n]) => n !== 1)).toEqual([])
  }

  beforeAll(async () => {
    db = await copyOfTemplate(inject("templateDatabaseUrl"), "scale")
    redis = await startRedis(ports.redis(1))
    const dirs = clusterDirs("scale-out")
    outboxDir = dirs.outboxDir
    lines = await loadTestLines(db.url)
    key = await publishableKeyOf(db.url)
    const processes = [
      { name: "server-1", mode: "server" as const, port: ports.backend(1) },
      { name: "server-2", mode: "server" as const, port: ports.backend(2) },
      { name: "worker", mode: "worker" as const, port: ports.backend(3) },
    ].map((p) =>
      backendProcess({ ...p, logDir: dirs.logDir, env: productionEnv({ databaseUrl: db.url, redisUrl: redis.url, outboxDir, backendUrl: `http://127.0.0.1:${p.port}` }) })
    )
    const started = Date.now()
    await Promise.all(processes.map((p) => p.start()))
    figure(`cluster of 3 processes up in ${Math.round((Date.now() - started) / 1000)} s`)
    servers = processes.filter((p) => p.mode === "server")
    worker = processes.find((p) => p.mode === "worker") as Backend
  }, 900_000)

  afterAll(async () => {
    await Promise.all([...(servers ?? []), worker].filter(Boolean).map((p) => p.stop()))
    await redis?.kill()
    await db?.drop()
  })

  it(`places ${CHECKOUTS} checkouts spread over both servers: ${CHECKOUTS} sets of orders, each confirmation sent once`, async () => {
    expect(lines.length).toBeGreaterThanOrEqual(6)
    const cartIds = await carts(CHECKOUTS, "charge")
    const started = Date.now()
    const replies = await pool(cartIds, 16, (cart, i) => checkout(servers[i % 2].url, key, cart))
    const seconds = (Date.now() - started) / 1000
    const failed = replies.map((r, i) => [i, r.status, r.text.slice(0, 200)] as const).filter(([, status]) => status !== 200)
    expect(failed).toEqual([])
    cartIds.forEach((id) => accepted.add(id))
    const orders = cartIds.reduce((sum, _, i) => sum + shopsOf(i, lines).length, 0)
    figure(`${CHECKOUTS} checkouts (${orders} orders, ${lines.length} shops) over 2 servers in ${seconds.toFixed(1)} s: ${(CHECKOUTS / seconds).toFixed(1)} checkouts/s, 16 at once`)

    await expectPlacedAndConfirmedOnce(cartIds, 180_000)
    // Exactly one notification per key, every one delivered, and no order twice.
    const [{ total, delivered, keys }] = await query<{ total: string; delivered: string; keys: string }>(
      db.url,
      `select count(*) as total, count(*) filter (where status = 'success') as delivered, count(distinct idempotency_key) as keys
       from notification where idempotency_key = any($1)`,
      [cartIds.map((id) => `checkout-placed:${id}`)]
    )
    expect([Number(total), Number(delivered), Number(keys)]).toEqual([CHECKOUTS, CHECKOUTS, CHECKOUTS])
    const [{ duplicates }] = await query<{ duplicates: string }>(
      db.url,
      "select count(*) as duplicates from (select checkout_id, shop_id from order_pickup group by 1, 2 having count(*) > 1) d"
    )
    expect(duplicates).toBe("0")
    // Stock moved by exactly what was sold, at each shop's own location.
    for (const line of lines) {
      const sold = cartIds.filter((_, i) => shopsOf(i, lines).includes(line)).length
      const [{ reserved }] = await query<{ reserved: string }>(
        db.url,
        `select coalesce(sum(r.quantity), 0) as reserved from reservation_item r
         where r.inventory_item_id = $1 and r.location_id = $2 and r.deleted_at is null and exists (
           select 1 from order_item oi join order_pickup p on p.order_id = oi.order_id where oi.item_id = r.line_item_id and p.checkout_id = any($3))`,
        [line.inventoryItemId, line.locationId, cartIds]
      )
      expect(Number(reserved), line.shopId).toBe(sold)
    }
  }, 600_000)

  it("sells the last 5 units once across both servers (locks in Redis), to 20 shoppers at once", async () => {
    const line = lines[0]
    const [{ reserved }] = await query<{ reserved: string }>(db.url, "select reserved_quantity as reserved from inventory_level where inventory_item_id = $1 and location_id = $2", [line.inventoryItemId, line.locationId])
    await query(db.url, `update inventory_level set ${stockedSet("$3::numeric")} where inventory_item_id = $1 and location_id = $2`, [line.inventoryItemId, line.locationId, Number(reserved) + 5])
    const cartIds = await pool(Array.from({ length: 20 }, (_, i) => i), 8, (i) => readyCart(servers[i % 2].url, key, [line], `dernier-${i}@exemple.fr`, i % 12))
    const replies = await Promise.all(cartIds.map((cart, i) => checkout(servers[i % 2].url, key, cart)))
    expect(replies.filter((r) => r.status === 200)).toHaveLength(5)
    expect(replies.filter((r) => r.status === 400)).toHaveLength(15)
    cartIds.filter((_, i) => replies[i].status === 200).forEach((id) => accepted.add(id))
    const [level] = await query<{ stocked: string; reserved: string }>(db.url, "select stocked_quantity as stocked, reserved_quantity as reserved from inventory_level where inventory_item_id = $1 and location_id = $2", [line.inventoryItemId, line.locationId])
    expect(Number(level.stocked) - Number(level.reserved)).toBe(0)
    // Put the stock back for the next bursts.
    await query(db.url, `update inventory_level set ${stockedSet("reserved_quantity + 100000")} where inventory_item_id = $1`, [line.inventoryItemId])
  }, 300_000)

  it(`still processes every event once when the worker is killed with kill -9 during a burst of ${BURST} checkouts and restarted`, async () => {
    const cartIds = await carts(BURST, "panne-worker")
    const burst = pool(cartIds, 8, (cart, i) => checkout(servers[i % 2].url, key, cart))
    await sleep(2_000)
    await worker.kill()
    const killedAt = Date.now()
    const replies = await burst
    // The servers never needed the worker to place a checkout.
    expect(replies.filter((r) => r.status !== 200).map((r) => r.text.slice(0, 200))).toEqual([])
    cartIds.forEach((id) => accepted.add(id))
    await worker.start()
    figure(`worker killed with kill -9 during ${BURST} checkouts, back ${Math.round((Date.now() - killedAt) / 1000)} s later`)
    const before = Date.now()
    await expectPlacedAndConfirmedOnce(cartIds, 240_000)
    figure(`every event of the burst processed once, the last ${Math.round((Date.now() - before) / 1000)} s after the worker came back`)
  }, 600_000)

  it(`recovers from a Redis restart during a burst: 503s with Retry-After meanwhile, never a 500, healthy within 30 s, no accepted order lost`, async () => {
    const cartIds = await carts(BURST, "panne-redis")
    const replies: (Reply | { status: 0; text: string })[] = []
    const burst = pool(cartIds, 8, async (cart, i) => {
      const reply = await checkout(servers[i % 2].url, key, cart, 45_000).catch((error: unknown) => ({ status: 0 as const, text: String(error), headers: new Headers(), body: {} }))
      replies[i] = reply
      return reply
    })
    await sleep(1_500)
    await redis.kill()
    const downAt = Date.now()
    // While Redis is down, what do clients get from a page that needs it (sessions, events)?
    const probes: Reply[] = []
    while (Date.now() - downAt < 5_000) {
      probes.push(...(await Promise.all(servers.map((s) => checkout(s.url, key, "cart_panne", 10_000).catch(() => undefined)))).filter((r): r is Reply => r !== undefined))
      await sleep(500)
    }
    await redis.start()
    const recovered = await waitUntil(async () => {
      if (!(await Promise.all(servers.map((s) => healthy(s.url)))).every(Boolean)) return false
      const [probe] = await carts(1, `retour-${Date.now()}`)
      const placed = await checkout(servers[0].url, key, probe, 10_000)
      if (placed.status === 200) accepted.add(probe)
      return placed.status === 200
    }, 60_000, 1_000)
    await burst
    figure(`Redis killed for 5 s during ${BURST} checkouts: servers healthy and placing orders ${(recovered / 1000).toFixed(1)} s after it came back`)
    expect(recovered).toBeGreaterThanOrEqual(0)
    expect(recovered).toBeLessThanOrEqual(30_000)

    const all = [...replies, ...probes]
    expect(all.filter((r) => r.status >= 500 && r.status !== 503).map((r) => `${r.status} ${r.text.slice(0, 200)}`)).toEqual([])
    for (const r of all.filter((r): r is Reply => r.status === 503)) {
      expect(r.headers.get("retry-after")).toBe("5")
      expect(String(r.body.message)).toMatch(/momentanément indisponible/)
    }
    figure(`during the Redis outage: ${all.filter((r) => r.status === 200).length} placed, ${all.filter((r) => r.status === 503).length} × 503, ${all.filter((r) => r.status === 0).length} without answer, 0 × 500`)
    // Shoppers told « placed » keep their order; the others retry once the service is back.
    cartIds.filter((_, i) => replies[i]?.status === 200).forEach((id) => accepted.add(id))
    const retried = await pool(cartIds, 8, (cart, i) => checkout(servers[i % 2].url, key, cart))
    expect(retried.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.text.slice(0, 200)}`)).toEqual([])
    cartIds.forEach((id) => accepted.add(id))
    await expectPlacedAndConfirmedOnce(cartIds, 240_000)
  }, 600_000)

  it("loses no checkout a client was told was placed, over the whole run", async () => {
    const placed = await placedCheckouts(db.url, [...accepted])
    expect([...accepted].filter((id) => !placed.has(id))).toEqual([])
    figure(`${accepted.size} checkouts accepted over the run, ${placed.size} in the database`)
    // Nor half a checkout: no live order outside click-and-collect, no reservation without its order.
    const [{ orphans, reservations }] = await query<{ orphans: string; reservations: string }>(
      db.url,
      `select
         (select count(*) from "order" o where o.deleted_at is null and not exists (select 1 from order_pickup p where p.order_id = o.id)) as orphans,
         (select count(*) from reservation_item r where r.deleted_at is null
            and not exists (select 1 from order_item oi join order_pickup p on p.order_id = oi.order_id where oi.item_id = r.line_item_id)) as reservations`
    )
    expect({ orphans: Number(orphans), reservations: Number(reservations) }).toEqual({ orphans: 0, reservations: 0 })
  })

  it("sets the session cookie Secure, HttpOnly and SameSite=Lax in production (over https behind the proxy)", async () => {
    const login = await call(servers[0].url, key, "/auth/customer/emailpass", { method: "POST", body: JSON.stringify({ email: "camille@mirashop.local", password: "Miramas2026!" }) })
    expect(login.status).toBe(200)
    const token = String(login.body.token)
    const session = await call(servers[0].url, key, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}`, "x-forwarded-proto": "https" } })
    expect(session.status).toBe(200)
    const cookie = session.headers.get("set-cookie") ?? ""
    expect(cookie).toMatch(/connect\.sid=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    // Over plain http a Secure cookie is never sent out.
    const plain = await call(servers[1].url, key, "/auth/session", { method: "POST", headers: { authorization: `Bearer ${token}`, "x-forwarded-proto": "http" } })
    expect(plain.headers.get("set-cookie") ?? "").not.toMatch(/connect\.sid=/)
  })

  it("writes no pickup code, password, token or signing secret to the logs of any process, the worker's included", async () => {
    const codes = (await query<{ pickup_code: string }>(db.url, "select pickup_code from order_pickup")).map((row) => row.pickup_code)
    expect(codes.length).toBeGreaterThan(CHECKOUTS)
    const login = await call(servers[0].url, key, "/auth/customer/emailpass", { method: "POST", body: JSON.stringify({ email: "camille@mirashop.local", password: "Miramas2026!" }) })
    const secrets = ["Miramas2026!", JWT_SECRET, COOKIE_SECRET, String(login.body.token)]
    for (const process of [...servers, worker]) {
      const log = readFileSync(process.logFile, "utf8")
      expect(log.length, process.name).toBeGreaterThan(0)
      for (const secret of secrets) expect(log.includes(secret), `${process.name} logs ${secret.slice(0, 4)}…`).toBe(false)
      // Six-digit codes appear in logs only if a code is written: look for each one as a whole word.
      const leaked = codes.filter((code) => new RegExp(`(^|[^0-9A-Za-z])${code}([^0-9A-Za-z]|$)`).test(log))
      expect(leaked, process.name).toEqual([])
    }
    // The worker did the sending: its log shows it, without what the e-mails carry.
    expect(readFileSync(worker.logFile, "utf8")).toMatch(/déposé dans la boîte locale/)
  })
})
