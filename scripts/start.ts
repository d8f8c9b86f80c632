/**
 * `npm start`: the whole marketplace on one machine with the Miramas demo data.
 * Embedded Postgres (under .data/) unless DATABASE_URL is set; builds what changed,
 * migrates, seeds once, then serves the backend, the storefront and the merchant admin.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { appDist } from "./lib/apps"
import { localBackendEnv, publishableKey, startBackend } from "./lib/backend"
import { databaseUrl as urlFor, ensureDatabase, queryRows, startEmbeddedPostgres, type Database } from "./lib/embedded-db"
import { buildAll, prepareDatabase } from "./lib/marketplace"
import { DATA_DIR } from "./lib/paths"
import type { Service } from "./lib/processes"
import { localSecrets } from "./lib/secrets"
import { startSpaServer } from "./spa-server"
import { DEMO_LOGINS, DEMO_PASSWORD } from "../backend/src/scripts/seed-data/demo-logins"

const BACKEND_PORT = Number(process.env.PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
const MERCHANT_ADMIN_PORT = Number(process.env.MERCHANT_ADMIN_PORT ?? 8001)

const stoppers: (() => Promise<void>)[] = []

async function stopAll(): Promise<void> {
  for (const stop of stoppers.reverse()) {
    await stop().catch(() => undefined)
  }
}

async function openDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL
  process.stdout.write("Démarrage de Postgres embarqué (.data/postgres)…\n")
  const db: Database = await startEmbeddedPostgres()
  stoppers.push(() => db.stop())
  await ensureDatabase(db.serverUrl, "mirashop")
  return urlFor(db.serverUrl, "mirashop")
}

async function merchantLogins(databaseUrl: string) {
  const rows = await queryRows<{ email: string; shop: string }>(
    databaseUrl,
    "select mu.email, s.name as shop from merchant_user mu join shop s on s.id = mu.shop_id where mu.email = any($1) order by mu.email",
    [DEMO_LOGINS.merchantEmails]
  )
  return rows.map((row) => ({ email: row.email, password: DEMO_PASSWORD, shop: row.shop }))
}

async function main(): Promise<void> {
  const databaseUrl = await openDatabase()
  const secrets = localSecrets()
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const merchantAdminUrl = `http://localhost:${MERCHANT_ADMIN_PORT}`
  const env = localBackendEnv({
    databaseUrl,
    backendUrl,
    storefrontUrl,
    merchantAdminUrl,
    jwtSecret: secrets.jwtSecret,
    cookieSecret: secrets.cookieSecret,
    outboxDir: path.join(DATA_DIR, "outbox"),
  })

  process.stdout.write("Construction de ce qui a changé…\n")
  await buildAll()
  await prepareDatabase(env, databaseUrl)

  const backend: Service = await startBackend(env, BACKEND_PORT, { quiet: true })
  stoppers.push(() => backend.stop())
  const key = await publishableKey(databaseUrl)
  const storefront = await startSpaServer({
    root: appDist("storefront"),
    port: STOREFRONT_PORT,
    host: "0.0.0.0",
    backendUrl,
    publishableKey: key,
  })
  stoppers.push(() => storefront.close())
  const merchantAdmin = await startSpaServer({
    root: appDist("merchant-admin"),
    port: MERCHANT_ADMIN_PORT,
    host: "0.0.0.0",
    backendUrl,
  })
  stoppers.push(() => merchantAdmin.close())

  const summary = {
    backendUrl,
    storefrontUrl,
    merchantAdminUrl,
    databaseUrl,
    publishableKey: key,
    logins: {
      admin: { email: DEMO_LOGINS.admin.email, password: DEMO_LOGINS.admin.password },
      merchants: await merchantLogins(databaseUrl),
      shopper: { email: DEMO_LOGINS.shopper.email, password: DEMO_LOGINS.shopper.password },
    },
  }
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(path.join(DATA_DIR, "mirashop.json"), JSON.stringify(summary, null, 2))

  process.stdout.write(`
Mirashop est prêt.
  Boutique (storefront) : ${storefrontUrl}
  Espace commerçant     : ${merchantAdminUrl}
  Mairie (admin Medusa) : ${backendUrl}/app
  Mairie     : ${summary.logins.admin.email} / ${summary.logins.admin.password}
${summary.logins.merchants.map((m) => `  Commerçant : ${m.email} / ${m.password} (${m.shop})`).join("\n")}
  Client     : ${summary.logins.shopper.email} / ${summary.logins.shopper.password}
Ces informations sont aussi dans .data/mirashop.json. Ctrl-C pour tout arrêter.
`)
}

let stopping = false
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    process.stdout.write("\nArrêt de Mirashop…\n")
    void stopAll().then(() => process.exit(0))
  })
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  await stopAll()
  process.exit(1)
})
