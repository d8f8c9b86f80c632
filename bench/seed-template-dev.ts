/**
 * Seeds a database to start test stacks from (`MIRASHOP_TEST_TEMPLATE`), for quick reruns of
 * the e2e suites and of `bench/pages-dev.ts` while developing.
 *
 *   DATABASE_URL=postgres://…/postgres npx tsx bench/seed-template-dev.ts mirashop_tpl_<name>
 */
import path from "node:path"
import { localBackendEnv } from "../scripts/lib/backend"
import { databaseUrl as urlFor, ensureDatabase } from "../scripts/lib/embedded-db"
import { buildAll, prepareDatabase } from "../scripts/lib/marketplace"
import { DATA_DIR } from "../scripts/lib/paths"

const name = process.argv[2]
const server = process.env.DATABASE_URL
if (!name || !server)
  throw new Error("usage: DATABASE_URL=… tsx bench/seed-template-dev.ts <database>")
const serverUrl = new URL(server)
serverUrl.pathname = "/"
await ensureDatabase(serverUrl.toString(), name)
const databaseUrl = urlFor(serverUrl.toString(), name)
const env = localBackendEnv({
  databaseUrl,
  redisUrl: undefined,
  backendUrl: "http://127.0.0.1:9140",
  storefrontUrl: "http://127.0.0.1:8140",
  merchantAdminUrl: "http://127.0.0.1:8141",
  jwtSecret: "mirashop-test-jwt-secret",
  cookieSecret: "mirashop-test-cookie-secret",
  outboxDir: path.join(DATA_DIR, "test-outbox", name),
})
await buildAll(true)
await prepareDatabase(env, databaseUrl, true)
process.stdout.write(`${name} is seeded\n`)
