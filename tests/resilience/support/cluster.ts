import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { localBackendEnv, type BackendEnv } from "../../../scripts/lib/backend"
import { BACKEND_BUILD_DIR, DATA_DIR, ROOT } from "../../../scripts/lib/paths"
import { startService, waitForHttp, type Service } from "../../../scripts/lib/processes"
import { sleep } from "./services"

/** Secrets of the resilience clusters: the logs are searched for them. */
export const JWT_SECRET = "mirashop-resilience-jwt-secret"
export const COOKIE_SECRET = "mirashop-resilience-cookie-secret"

/** One Medusa process of a cluster: a `server` (HTTP API) or the `worker` (subscribers, jobs). */
export interface Backend {
  name: string
  mode: "server" | "worker"
  url: string
  logFile: string
  /** Starts it (again) and waits for /health. */
  start(): Promise<void>
  /** kill -9: no shutdown hooks, jobs in flight left as they are. */
  kill(): Promise<void>
  stop(): Promise<void>
}

/** Where a cluster keeps its mailbox and logs, under .data/resilience/<name>. */
export function clusterDirs(name: string): { outboxDir: string; logDir: string } {
  const root = path.join(DATA_DIR, "resilience", name)
  rmSync(root, { recursive: true, force: true })
  const dirs = { outboxDir: path.join(root, "outbox"), logDir: path.join(root, "logs") }
  mkdirSync(dirs.outboxDir, { recursive: true })
  mkdirSync(dirs.logDir, { recursive: true })
  return dirs
}

/**
 * The environment of a production backend process: NODE_ENV=production, secrets, Redis event
 * bus, workflow engine and locking, behind a proxy (TRUST_PROXY), cookies Secure as in production.
 */
export function productionEnv(input: { databaseUrl: string; redisUrl: string; outboxDir: string; backendUrl: string }): BackendEnv {
  return {
    ...localBackendEnv({
      databaseUrl: input.databaseUrl,
      redisUrl: input.redisUrl,
      backendUrl: input.backendUrl,
      storefrontUrl: "http://127.0.0.1:8000",
      merchantAdminUrl: "http://127.0.0.1:8001",
      jwtSecret: JWT_SECRET,
      cookieSecret: COOKIE_SECRET,
      outboxDir: input.outboxDir,
    }),
    COOKIE_SECURE: "true",
    TRUST_PROXY: "true",
  }
}

const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")

/** How long a Medusa process may take to answer /health: several start at once on a busy machine. */
const START_TIMEOUT_MS = 360_000

/** A backend process of a cluster, not started yet. */
export function backendProcess(input: { name: string; mode: "server" | "worker"; port: number; env: BackendEnv; logDir: string }): Backend {
  const logFile = path.join(input.logDir, `${input.name}.log`)
  const env: BackendEnv = {
    ...input.env,
    MEDUSA_WORKER_MODE: input.mode,
    ...(input.mode === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}),
  }
  let service: Service | undefined
  return {
    name: input.name,
    mode: input.mode,
    url: `http://127.0.0.1:${input.port}`,
    logFile,
    async start() {
      service = startService(MEDUSA_BIN, ["start", "--port", String(input.port)], {
        cwd: BACKEND_BUILD_DIR,
        env: { ...env, PORT: String(input.port) },
        label: input.name,
        quiet: true,
        logFile,
      })
      await waitForHttp(`http://127.0.0.1:${input.port}/health`, START_TIMEOUT_MS, service)
    },
    async kill() {
      const child = service?.child
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGKILL")
      await exited
    },
    async stop() {
      await service?.stop()
    },
  }
}

/** Runs one query on a database. */
export async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, params)).rows
  } finally {
    await client.end()
  }
}

/** The storefront's publishable key. */
export async function publishableKeyOf(databaseUrl: string): Promise<string> {
  const [row] = await query<{ token: string }>(
    databaseUrl,
    "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by (title = 'Storefront Mirashop') desc, created_at limit 1"
  )
  return row.token
}

/** A random private client address: abuse limits count per address. */
export function clientIp(): string {
  const byte = () => Math.floor(Math.random() * 256)
  return `10.${byte()}.${byte()}.${byte()}`
}

/** A reply of the backend: status, headers and JSON body (or the text). */
export interface Reply {
  status: number
  headers: Headers
  body: Record<string, unknown>
  text: string
}

/** Calls one backend process as a shopper behind the proxy would (publishable key, own address). */
export async function call(baseUrl: string, key: string, pathname: string, init: RequestInit = {}, timeoutMs = 60_000): Promise<Reply> {
  const headers = new Headers(init.headers)
  headers.set("x-publishable-api-key", key)
  if (init.body && !headers.has("content-type")) headers.set("content-type", "application/json")
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", clientIp())
  const response = await fetch(`${baseUrl}${pathname}`, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) })
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    body = {}
  }
  return { status: response.status, headers: response.headers, body, text }
}

/** A line a shopper buys: a variant of a shop. */
export interface Line {
  shopId: string
  variantId: string
  inventoryItemId: string
  locationId: string
}

/**
 * The SET clause giving an inventory level `expression` units in stock. Medusa reads quantities
 * from their `raw_` JSON twin when it has one, so both must move together.
 */
export function stockedSet(expression: string): string {
  return `stocked_quantity = ${expression}, raw_stocked_quantity = jsonb_build_object('value', (${expression})::text, 'precision', 20)`
}

/** One well-stocked, published variant per approved shop, its stock raised and its slots widened for a load test. */
export async function loadTestLines(databaseUrl: string, stock = 100_000): Promise<Line[]> {
  const lines = await query<{ shop_id: string; variant_id: string; inventory_item_id: string; location_id: string }>(
    databaseUrl,
    `select distinct on (s.id) s.id as shop_id, pv.id as variant_id, pvi.inventory_item_id, il.location_id
     from shop s
     join marketplace_shop_product_product sp on sp.shop_id = s.id and sp.deleted_at is null
     join product pr on pr.id = sp.product_id and pr.status = 'published' and pr.deleted_at is null
     join product_variant pv on pv.product_id = pr.id and pv.deleted_at is null and pv.manage_inventory
     join product_variant_inventory_item pvi on pvi.variant_id = pv.id and pvi.deleted_at is null
     join marketplace_shop_stock_location_stock_location sl on sl.shop_id = s.id and sl.deleted_at is null
     join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.location_id = sl.stock_location_id and il.deleted_at is null
     join product_variant_price_set vps on vps.variant_id = pv.id
     join price p on p.price_set_id = vps.price_set_id and p.currency_code = 'eur' and p.deleted_at is null and p.price_list_id is null
     where s.status = 'approved'
     order by s.id, il.stocked_quantity - il.reserved_quantity desc, pv.id`
  )
  await query(databaseUrl, `update inventory_level set ${stockedSet("reserved_quantity + $2::numeric")} where inventory_item_id = any($1)`, [
    lines.map((line) => line.inventory_item_id),
    stock,
  ])
  await query(databaseUrl, "update shop set slot_capacity = 100")
  return lines.map((line) => ({ shopId: line.shop_id, variantId: line.variant_id, inventoryItemId: line.inventory_item_id, locationId: line.location_id }))
}

function expectOk(reply: Reply, what: string): Reply {
  if (reply.status !== 200) throw new Error(`${what} → ${reply.status} ${reply.text.slice(0, 300)}`)
  return reply
}

/** A guest's cart with these lines and a slot chosen at every shop; returns its id. */
export async function readyCart(baseUrl: string, key: string, lines: Line[], email: string, slotIndex: number): Promise<string> {
  const regions = expectOk(await call(baseUrl, key, "/store/regions"), "regions")
  const regionId = (regions.body.regions as { id: string }[])[0].id
  const created = expectOk(
    await call(baseUrl, key, "/store/carts", {
      method: "POST",
      body: JSON.stringify({ region_id: regionId, email, billing_address: { first_name: "Camille", last_name: "Durand", phone: "06 12 34 56 78" } }),
    }),
    "cart"
  )
  const cartId = (created.body.cart as { id: string }).id
  for (const line of lines) {
    expectOk(
      await call(baseUrl, key, `/store/carts/${cartId}/line-items`, { method: "POST", body: JSON.stringify({ variant_id: line.variantId, quantity: 1 }) }),
      "line item"
    )
  }
  const offered = expectOk(await call(baseUrl, key, `/store/carts/${cartId}/pickup`), "pickup slots")
  const pickups = offered.body.pickups as { shop: { id: string }; slots: { start: string }[] }[]
  const slots = pickups.map((p) => ({ shop_id: p.shop.id, start: (p.slots[slotIndex % p.slots.length] ?? p.slots[0]).start }))
  expectOk(await call(baseUrl, key, `/store/carts/${cartId}/pickup`, { method: "POST", body: JSON.stringify({ slots }) }), "choose slots")
  return cartId
}

/** Checks a cart out, paying at pickup. */
export function checkout(baseUrl: string, key: string, cartId: string, timeoutMs = 90_000): Promise<Reply> {
  return call(baseUrl, key, `/store/carts/${cartId}/checkout`, { method: "POST", body: JSON.stringify({ payment_mode: "pay_at_pickup" }) }, timeoutMs)
}

/** Runs `task` over `items` with at most `concurrency` at once, keeping the order of results. */
export async function pool<T, R>(items: T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await task(items[index], index)
      }
    })
  )
  return results
}

/** An e-mail the local outbox holds. */
export interface OutboxMail {
  to: string
  template: string
  subject: string
  text: string
}

/** Every e-mail in an outbox folder. */
export function readOutbox(dir: string): OutboxMail[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as OutboxMail)
}

/**
 * What the events of these checkouts produced: per checkout, how many confirmations the shopper
 * got; per order, how many « new order » e-mails its shop got (both must be exactly 1).
 */
export function mailsPerCheckout(dir: string, checkoutIds: string[], displayIds: number[]): { confirmations: Map<string, number>; shopMails: Map<number, number> } {
  const mails = readOutbox(dir)
  const confirmations = new Map(checkoutIds.map((id) => [id, 0]))
  const shopMails = new Map(displayIds.map((id) => [id, 0]))
  for (const mail of mails) {
    if (mail.template === "checkout-placed") {
      const id = /\/commande\/([A-Za-z0-9_]+)/.exec(mail.text)?.[1]
      if (id && confirmations.has(id)) confirmations.set(id, (confirmations.get(id) ?? 0) + 1)
    } else if (mail.template === "shop-new-order") {
      const display = Number(/commande n° (\d+)/.exec(mail.subject)?.[1])
      if (shopMails.has(display)) shopMails.set(display, (shopMails.get(display) ?? 0) + 1)
    }
  }
  return { confirmations, shopMails }
}

/** Polls `probe` until it returns true or `timeoutMs` passes; returns how long it took (ms), or -1. */
export async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, everyMs = 500): Promise<number> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (await probe().catch(() => false)) return Date.now() - start
    await sleep(everyMs)
  }
  return -1
}

/** Whether a backend answers /health with 200. */
export async function healthy(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(3_000) }).catch(() => undefined)
  return response?.status === 200
}

/** The checkouts (cart ids) the database holds, with their orders' display numbers. */
export async function placedCheckouts(databaseUrl: string, cartIds: string[]): Promise<Map<string, number[]>> {
  const rows = await query<{ checkout_id: string; display_id: number }>(
    databaseUrl,
    `select p.checkout_id, o.display_id from order_pickup p join "order" o on o.id = p.order_id where p.checkout_id = any($1)`,
    [cartIds]
  )
  const result = new Map<string, number[]>()
  for (const row of rows) result.set(row.checkout_id, [...(result.get(row.checkout_id) ?? []), Number(row.display_id)])
  return result
}

/** A copy of the seeded template database, on the same server, for one suite. */
export async function copyOfTemplate(templateUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(templateUrl)
  const template = server.pathname.slice(1)
  server.pathname = "/postgres"
  const copyName = `${template}_${name}`
  await query(server.toString(), `drop database if exists "${copyName}" with (force)`)
  await query(server.toString(), `create database "${copyName}" template "${template}"`)
  const url = new URL(templateUrl)
  url.pathname = `/${copyName}`
  return { url: url.toString(), drop: () => query(server.toString(), `drop database if exists "${copyName}" with (force)`).then(() => undefined) }
}
