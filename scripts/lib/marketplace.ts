import path from "node:path"
import { buildApp } from "./apps"
import {
  buildBackend,
  buildPackages,
  catalogNeedsRebuild,
  isSeeded,
  migrate,
  rebuildCatalog,
  seed,
  type BackendEnv,
} from "./backend"
import { fingerprint, runIfChanged } from "./fingerprint"
import { createHash } from "node:crypto"
import { BACKEND_BUILD_DIR } from "./paths"

/** Builds everything that changed: shared packages, backend (+ Medusa admin), both apps. */
export async function buildAll(quiet = false): Promise<void> {
  await buildPackages(quiet)
  await buildBackend(quiet)
  await buildApp("storefront", quiet)
  await buildApp("merchant-admin", quiet)
}

/** Migrates (when migrations changed since the last run on this database), seeds once, fills the catalogue. */
export async function prepareDatabase(env: BackendEnv, databaseUrl: string, quiet = false): Promise<void> {
  const key = `migrations:${createHash("sha256").update(databaseUrl).digest("hex").slice(0, 12)}`
  const print = fingerprint(["backend/src/modules", "backend/src/links", "package-lock.json"])
  await runIfChanged(key, print, path.join(BACKEND_BUILD_DIR, "medusa-config.js"), () =>
    migrate(env, quiet)
  )
  if (!(await isSeeded(databaseUrl))) await seed(env, quiet)
  else if (await catalogNeedsRebuild(databaseUrl)) await rebuildCatalog(env, quiet)
}
