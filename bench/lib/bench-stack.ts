import path from "node:path"
import { appDist } from "../../scripts/lib/apps"
import { localBackendEnv, migrate, publishableKey, rebuildCatalog, startBackend, type BackendEnv } from "../../scripts/lib/backend"
import { databaseUrl as urlFor, dropDatabase, ensureDatabase, queryRows, startEmbeddedPostgres } from "../../scripts/lib/embedded-db"
import { fingerprint } from "../../scripts/lib/fingerprint"
import { buildAll } from "../../scripts/lib/marketplace"
import { BACKEND_BUILD_DIR, DATA_DIR, ROOT } from "../../scripts/lib/paths"
import { run, type Service } from "../../scripts/lib/processes"
import { startSpaServer } from "../../scripts/spa-server"
import { scaleCatalog } from "./scale-catalog"

/** The running benchmark marketplace. */
export interface BenchStack {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
  backend: Service
  seedSeconds: number
  stop(): Promise<void>
}

const OFFSET = Number(process.env.MIRASHOP_TEST_PORT_OFFSET ?? 0)
const BACKEND_PORT = 9300 + OFFSET
const STOREFRONT_PORT = 8300 + OFFSET
const BENCH_PG_PORT = 54331 + OFFSET
const DATABASE_NAME = "mirashop_bench"

function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  url.pathname = "/postgres"
  return url.toString()
}

async function seededPrint(databaseUrl: string): Promise<string | undefined> {
  const rows = await queryRows<{ print: string }>(
    databaseUrl,
    "select print from bench_seed where to_regclass('public.bench_seed') is not null"
  ).catch(() => [])
  return rows[0]?.print
}

/**
 * Seeds the scaled Miramas into its own database, unless it already holds the seed of the
 * same code and size (recorded in `bench_seed`); returns the seconds it took.
 */
async function seedScaledMiramas(env: BackendEnv, serverUrl: string, log: (line: string) => void): Promise<number> {
  const shops = process.env.BENCH_SHOPS ?? "60"
  const perShop = process.env.BENCH_PRODUCTS_PER_SHOP ?? "170"
  const print = `${shops}x${perShop}:${fingerprint(["backend/src", "package-lock.json"])}`
  const databaseUrl = urlFor(serverUrl, DATABASE_NAME)
  if ((await seededPrint(databaseUrl)) === print) {
    log("scaled Miramas already seeded: reused")
    return 0
  }
  const started = Date.now()
  log(`seeding a scaled Miramas: ${shops} shops × ${perShop} products (Medusa workflows)…`)
  await dropDatabase(serverUrl, DATABASE_NAME)
  await ensureDatabase(serverUrl, DATABASE_NAME)
  await migrate(env, true)
  await run(path.join(ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/seed-bench.js"], {
    cwd: BACKEND_BUILD_DIR,
    env: { ...env, BENCH_SHOPS: shops },
    label: "seed",
    quiet: process.env.BENCH_VERBOSE !== "true",
  })
  const copied = await scaleCatalog(databaseUrl, Number(perShop))
  log(`copied ${copied} products in bulk; rebuilding the catalogue read model…`)
  await rebuildCatalog(env, process.env.BENCH_VERBOSE !== "true")
  await queryRows(databaseUrl, "create table bench_seed (print text not null)")
  await queryRows(databaseUrl, "insert into bench_seed (print) values ($1)", [print])
  return Math.round((Date.now() - started) / 1000)
}

/** Builds, seeds and starts the production backend and the storefront for the benchmark. */
export async function startBenchStack(log: (line: string) => void): Promise<BenchStack> {
  const stoppers: (() => Promise<void>)[] = []
  const stop = async () => {
    for (const fn of stoppers.reverse()) await fn().catch(() => undefined)
  }
  try {
    let serverUrl: string
    if (process.env.DATABASE_URL) {
      serverUrl = serverUrlOf(process.env.DATABASE_URL)
    } else {
      const db = await startEmbeddedPostgres(BENCH_PG_PORT, "bench-postgres")
      stoppers.push(() => db.stop())
      serverUrl = db.serverUrl
    }
    const databaseUrl = urlFor(serverUrl, DATABASE_NAME)
    const backendUrl = `http://127.0.0.1:${BACKEND_PORT}`
    const storefrontUrl = `http://127.0.0.1:${STOREFRONT_PORT}`
    const env = localBackendEnv({
      databaseUrl,
      backendUrl,
      storefrontUrl,
      merchantAdminUrl: storefrontUrl,
      jwtSecret: "mirashop-bench-jwt-secret",
      cookieSecret: "mirashop-bench-cookie-secret",
      outboxDir: path.join(DATA_DIR, "bench-outbox"),
    })
    log("building what changed…")
    await buildAll(true)
    await ensureDatabase(serverUrl, DATABASE_NAME)
    const seedSeconds = await seedScaledMiramas(env, serverUrl, log)
    log("starting the production backend…")
    const backend = await startBackend({ ...env, LOG_LEVEL: "error" }, BACKEND_PORT, { quiet: true, label: "bench" })
    stoppers.push(() => backend.stop())
    const key = await publishableKey(databaseUrl)
    const storefront = await startSpaServer({ root: appDist("storefront"), port: STOREFRONT_PORT, backendUrl, publishableKey: key })
    stoppers.push(() => storefront.close())
    return { backendUrl, storefrontUrl, databaseUrl, publishableKey: key, backend, seedSeconds, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
