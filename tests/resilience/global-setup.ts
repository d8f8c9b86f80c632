import type { TestProject } from "vitest/node"
import { buildBackend, buildPackages, catalogNeedsRebuild, localBackendEnv, migrate, rebuildCatalog, seed } from "../../scripts/lib/backend"
import { databaseUrl, dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-db"
import { ports, startPostgres } from "./support/services"

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated and seeded Miramas database that suites copy (`create database … template …`) instead of seeding again. */
    templateDatabaseUrl: string
  }
}

function serverOf(url: string): string {
  const server = new URL(url)
  server.pathname = "/postgres"
  return server.toString()
}

/**
 * Builds the backend if it changed, then migrates an empty database and loads the Miramas demo
 * into it once, on $DATABASE_URL's server (the machine's PostgreSQL in CI) or on a PostgreSQL of
 * our own. Every suite starts from a copy of it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now()
  const log = (line: string) => process.stdout.write(`[resilience] ${line}\n`)
  log("building what changed…")
  await buildPackages(true)
  await buildBackend(true)
  // MIRASHOP_RESILIENCE_TEMPLATE names an already seeded database to copy (a rerun while developing): the seed takes minutes.
  const reused = process.env.MIRASHOP_RESILIENCE_TEMPLATE
  if (reused && process.env.DATABASE_URL) {
    project.provide("templateDatabaseUrl", databaseUrl(serverOf(process.env.DATABASE_URL), reused))
    return () => Promise.resolve()
  }
  const own = process.env.DATABASE_URL ? undefined : await startPostgres(ports.postgres(9))
  const server = own?.serverUrl ?? serverOf(process.env.DATABASE_URL ?? "")
  const name = `mirashop_resilience_${process.pid}_${Date.now()}`
  const url = databaseUrl(server, name)
  log(`database ${name}: migrating from empty and seeding…`)
  await ensureDatabase(server, name)
  // In-memory events while seeding: the clusters' workers must not inherit a backlog of seed events.
  const env = localBackendEnv({
    databaseUrl: url,
    backendUrl: "http://127.0.0.1:9000",
    storefrontUrl: "http://127.0.0.1:8000",
    merchantAdminUrl: "http://127.0.0.1:8001",
    jwtSecret: "mirashop-resilience-jwt-secret",
    cookieSecret: "mirashop-resilience-cookie-secret",
    outboxDir: "/tmp/mirashop-resilience-seed-outbox",
  })
  await migrate(env, true)
  await seed(env, true)
  if (await catalogNeedsRebuild(url)) await rebuildCatalog(env, true)
  log(`template ready in ${Math.round((Date.now() - started) / 1000)} s`)
  project.provide("templateDatabaseUrl", url)
  return async () => {
    await dropDatabase(server, name)
    await own?.destroy()
  }
}
