import { existsSync, lstatSync, mkdirSync, symlinkSync } from "node:fs"
import path from "node:path"
import { queryRows } from "./embedded-db"
import { fingerprint, runIfChanged } from "./fingerprint"
import { BACKEND_BUILD_DIR, BACKEND_DIR, DATA_DIR, ROOT } from "./paths"
import { run, startService, waitForHttp, type Service } from "./processes"

const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")

/** Environment every backend command gets (the rest is inherited). */
export type BackendEnv = Record<string, string | undefined>

/** Builds the shared packages the backend and apps import (CommonJS + types in dist/). */
export async function buildPackages(quiet = false): Promise<boolean> {
  const print = fingerprint(["packages/domain/src", "packages/contract/src", "package-lock.json"])
  return runIfChanged("packages", print, path.join(ROOT, "packages/contract/dist/index.js"), async () => {
    for (const pkg of ["domain", "contract"]) {
      await run("npx", ["tsc", "-p", "tsconfig.build.json"], {
        cwd: path.join(ROOT, "packages", pkg),
        label: pkg,
        quiet,
      })
    }
  })
}

/** `medusa build` (server + admin) unless sources are unchanged since the last build. */
export async function buildBackend(quiet = false): Promise<boolean> {
  const print = fingerprint([
    "backend/src",
    "backend/medusa-config.ts",
    "backend/package.json",
    "backend/tsconfig.json",
    "packages/domain/src",
    "packages/contract/src",
    "package-lock.json",
  ])
  return runIfChanged("backend", print, path.join(BACKEND_BUILD_DIR, "medusa-config.js"), () =>
    run(MEDUSA_BIN, ["build"], { cwd: BACKEND_DIR, label: "build", quiet })
  )
}

/** Applies Medusa's and Mirashop's migrations (from the build) to `env.DATABASE_URL`. */
export async function migrate(env: BackendEnv, quiet = false): Promise<void> {
  await run(MEDUSA_BIN, ["db:migrate"], { cwd: BACKEND_BUILD_DIR, env, label: "migrate", quiet })
}

/** Loads the Miramas demo data (a no-op when shops already exist). */
export async function seed(env: BackendEnv, quiet = false): Promise<void> {
  await run(MEDUSA_BIN, ["exec", "./src/scripts/seed.js"], {
    cwd: BACKEND_BUILD_DIR,
    env,
    label: "seed",
    quiet,
  })
}

/** Recomputes the catalogue read model from the products (`medusa exec` of the rebuild script). */
export async function rebuildCatalog(env: BackendEnv, quiet = false): Promise<void> {
  await run(MEDUSA_BIN, ["exec", "./src/scripts/rebuild-catalog.js"], {
    cwd: BACKEND_BUILD_DIR,
    env,
    label: "catalog",
    quiet,
  })
}

/** Whether the catalogue read model is empty while products exist (a database older than it). */
export async function catalogNeedsRebuild(databaseUrl: string): Promise<boolean> {
  const rows = await queryRows<{ entries: string; products: string }>(
    databaseUrl,
    "select (select count(*) from catalog_entry) as entries, (select count(*) from product where deleted_at is null) as products"
  )
  return Number(rows[0]?.entries) === 0 && Number(rows[0]?.products) > 0
}

/** Whether the database already holds shops (so the seed can be skipped without booting Medusa). */
export async function isSeeded(databaseUrl: string): Promise<boolean> {
  const rows = await queryRows<{ exists: boolean }>(
    databaseUrl,
    "select to_regclass('public.shop') is not null as exists"
  )
  if (!rows[0]?.exists) return false
  const shops = await queryRows<{ n: string }>(databaseUrl, "select count(*) as n from shop")
  return Number(shops[0]?.n) > 0
}

/**
 * The storefront's publishable API key created by the seed. Medusa also makes a "Default
 * Publishable API Key" bound to its default sales channel, which holds no shop's products.
 */
export async function publishableKey(databaseUrl: string): Promise<string> {
  const rows = await queryRows<{ token: string }>(
    databaseUrl,
    `select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null
     order by (title = 'Storefront Mirashop') desc, created_at limit 1`
  )
  if (!rows[0]) throw new Error("No publishable API key: is the database seeded?")
  return rows[0].token
}

/**
 * Medusa serves `/static` from the build folder, which every build wipes: point it at
 * `.data/uploads` so product photos survive rebuilds.
 */
function linkUploads(): void {
  const uploads = path.join(DATA_DIR, "uploads")
  mkdirSync(uploads, { recursive: true })
  const link = path.join(BACKEND_BUILD_DIR, "static")
  const present = (() => {
    try {
      lstatSync(link)
      return true
    } catch {
      return false
    }
  })()
  if (!present) symlinkSync(uploads, link, "dir")
}

/** Starts the built backend (`medusa start` in `.medusa/server`) and waits for `/health`. */
export async function startBackend(
  env: BackendEnv,
  port: number,
  options: { quiet?: boolean; label?: string; logFile?: string } = {}
): Promise<Service> {
  if (!existsSync(path.join(BACKEND_BUILD_DIR, "medusa-config.js"))) {
    throw new Error("The backend is not built: run `npm run build` first.")
  }
  linkUploads()
  const service = startService(MEDUSA_BIN, ["start", "--port", String(port)], {
    cwd: BACKEND_BUILD_DIR,
    env: { ...env, PORT: String(port) },
    label: options.label ?? "backend",
    quiet: options.quiet,
    logFile: options.logFile,
  })
  await waitForHttp(`http://127.0.0.1:${port}/health`, 120_000, service)
  return service
}

/** Where a locally run marketplace lives: its database, its three URLs, its secrets and mailbox. */
export interface LocalMarketplace {
  databaseUrl: string
  redisUrl?: string
  backendUrl: string
  storefrontUrl: string
  merchantAdminUrl: string
  jwtSecret: string
  cookieSecret: string
  outboxDir: string
}

/**
 * The backend environment of a marketplace run on this machine (demo or tests): the
 * production build over plain http, so session cookies cannot be `Secure`.
 */
export function localBackendEnv(local: LocalMarketplace): BackendEnv {
  return {
    DATABASE_URL: local.databaseUrl,
    REDIS_URL: local.redisUrl,
    NODE_ENV: "production",
    JWT_SECRET: local.jwtSecret,
    COOKIE_SECRET: local.cookieSecret,
    COOKIE_SECURE: "false",
    OUTBOX_DIR: local.outboxDir,
    MEDUSA_BACKEND_URL: local.backendUrl,
    STOREFRONT_URL: local.storefrontUrl,
    MERCHANT_ADMIN_URL: local.merchantAdminUrl,
    CORS_ORIGINS: [local.storefrontUrl, local.merchantAdminUrl, local.backendUrl].join(","),
  }
}
