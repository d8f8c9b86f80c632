import { rmSync } from "node:fs"
import path from "node:path"
import { appDist } from "../../scripts/lib/apps"
import { localBackendEnv, publishableKey, startBackend } from "../../scripts/lib/backend"
import {
  databaseUrl as urlFor,
  dropDatabase,
  ensureDatabase,
  queryRows,
  startEmbeddedPostgres,
} from "../../scripts/lib/embedded-db"
import { buildAll, prepareDatabase } from "../../scripts/lib/marketplace"
import { DATA_DIR } from "../../scripts/lib/paths"
import { startSpaServer } from "../../scripts/spa-server"
import { startFakeStripe, TEST_STRIPE } from "./fake-stripe"

/** Where the running test stack can be reached; shared with test files through `inject("stack")`. */
export interface StackInfo {
  backendUrl: string
  storefrontUrl: string
  merchantAdminUrl: string
  databaseUrl: string
  publishableKey: string
  outboxDir: string
  /** The local fake Stripe the backend's Stripe SDK talks to (never the internet). */
  stripe: { apiUrl: string; secretKey: string; webhookSecret: string }
}

/** Shifts every test port, so that several checkouts of Mirashop can run their suites side by side. */
const PORT_OFFSET = Number(process.env.MIRASHOP_TEST_PORT_OFFSET ?? 0)
const BACKEND_PORT = 9100 + PORT_OFFSET
const STOREFRONT_PORT = 8100 + PORT_OFFSET
const MERCHANT_ADMIN_PORT = 8101 + PORT_OFFSET
const TEST_PG_PORT = 54330 + PORT_OFFSET
const FAKE_STRIPE_PORT = 12211 + PORT_OFFSET

function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  url.pathname = "/postgres"
  return url.toString()
}

/**
 * Starts a throwaway marketplace: a fresh database on $DATABASE_URL's server (or an
 * embedded Postgres), migrated and seeded, the built backend, and both apps.
 */
export async function startStack(
  log: (line: string) => void
): Promise<{ info: StackInfo; stop: () => Promise<void> }> {
  const stoppers: (() => Promise<void>)[] = []
  const stop = async () => {
    for (const fn of stoppers.reverse()) await fn().catch(() => undefined)
  }
  try {
    let serverUrl: string
    if (process.env.DATABASE_URL) {
      serverUrl = serverUrlOf(process.env.DATABASE_URL)
    } else {
      if (process.env.CI === "true")
        throw new Error("CI=true requires DATABASE_URL for the test database")
      const db = await startEmbeddedPostgres(TEST_PG_PORT, "test-postgres")
      stoppers.push(() => db.stop())
      serverUrl = db.serverUrl
    }
    const name = `mirashop_test_${process.pid}_${Date.now()}`
    // MIRASHOP_TEST_TEMPLATE: start from a copy of an already seeded database (a rerun while developing).
    const template = process.env.MIRASHOP_TEST_TEMPLATE
    if (template) await queryRows(urlFor(serverUrl, "postgres"), `create database "${name}" template "${template.replace(/"/g, "")}"`)
    else await ensureDatabase(serverUrl, name)
    stoppers.push(() => dropDatabase(serverUrl, name))
    const databaseUrl = urlFor(serverUrl, name)
    const outboxDir = path.join(DATA_DIR, "test-outbox", name)
    stoppers.push(() => Promise.resolve(rmSync(outboxDir, { recursive: true, force: true })))

    const fakeStripe = await startFakeStripe(FAKE_STRIPE_PORT)
    stoppers.push(() => fakeStripe.close())

    const backendUrl = `http://127.0.0.1:${BACKEND_PORT}`
    const storefrontUrl = `http://127.0.0.1:${STOREFRONT_PORT}`
    const merchantAdminUrl = `http://127.0.0.1:${MERCHANT_ADMIN_PORT}`
    const env = {
      // Behind our "proxy" (the tests): rawFetch gives each call its own client address, so per-IP
      // abuse limits only bite the tests that pin an address on purpose.
      TRUST_PROXY: "true",
      STRIPE_API_KEY: TEST_STRIPE.secretKey,
      STRIPE_WEBHOOK_SECRET: TEST_STRIPE.webhookSecret,
      STRIPE_PUBLISHABLE_KEY: TEST_STRIPE.publishableKey,
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(FAKE_STRIPE_PORT),
      STRIPE_API_PROTOCOL: "http",
      ...localBackendEnv({
        databaseUrl,
        redisUrl: process.env.REDIS_URL,
        backendUrl,
        storefrontUrl,
        merchantAdminUrl,
        jwtSecret: "mirashop-test-jwt-secret",
        cookieSecret: "mirashop-test-cookie-secret",
        outboxDir,
      }),
    }

    log("building what changed…")
    await buildAll(true)
    log(`database ${name}: migrating and seeding…`)
    await prepareDatabase(env, databaseUrl, true)
    log("starting the backend…")
    const backend = await startBackend(env, BACKEND_PORT, {
      quiet: true,
      logFile: path.join(DATA_DIR, "test-logs", `${name}-backend.log`),
    })
    stoppers.push(() => backend.stop())
    const key = await publishableKey(databaseUrl)
    const storefront = await startSpaServer({
      root: appDist("storefront"),
      port: STOREFRONT_PORT,
      backendUrl,
      publishableKey: key,
    })
    stoppers.push(() => storefront.close())
    const merchantAdmin = await startSpaServer({
      root: appDist("merchant-admin"),
      port: MERCHANT_ADMIN_PORT,
      backendUrl,
    })
    stoppers.push(() => merchantAdmin.close())
    return {
      info: {
        backendUrl,
        storefrontUrl,
        merchantAdminUrl,
        databaseUrl,
        publishableKey: key,
        outboxDir,
        stripe: { apiUrl: `http://127.0.0.1:${FAKE_STRIPE_PORT}`, secretKey: TEST_STRIPE.secretKey, webhookSecret: TEST_STRIPE.webhookSecret },
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
