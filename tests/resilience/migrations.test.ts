import { createHash } from "node:crypto"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { localBackendEnv, migrate } from "../../scripts/lib/backend"
import { ROOT } from "../../scripts/lib/paths"
import { appliedMigrations, OWN_MIGRATIONS, schemaOf } from "../../scripts/lib/schema"
import { query } from "./support/cluster"

/** The schema of the previous release (`npm run schema:fixture`), and what it had run. */
const FIXTURE_DIR = path.join(import.meta.dirname, "fixtures")
const release = JSON.parse(readFileSync(path.join(FIXTURE_DIR, "previous-release.json"), "utf8")) as {
  commit: string
  applied: string[]
  migrations: Record<string, string>
}

describe("migrations: forward only, from an empty database and from the previous release's schema", () => {
  const fresh = () => inject("templateDatabaseUrl")
  const server = () => {
    const url = new URL(fresh())
    url.pathname = "/postgres"
    return url.toString()
  }
  const name = `mirashop_upgrade_${process.pid}_${Date.now()}`
  let upgraded: string

  beforeAll(async () => {
    await query(server(), `create database "${name}"`)
    const url = new URL(fresh())
    url.pathname = `/${name}`
    upgraded = url.toString()
    // The previous release's schema, as it stands in production, then today's migrations on top.
    await query(upgraded, readFileSync(path.join(FIXTURE_DIR, "previous-release.sql"), "utf8"))
    const started = Date.now()
    await migrate(
      localBackendEnv({
        databaseUrl: upgraded,
        backendUrl: "http://127.0.0.1:9000",
        storefrontUrl: "http://127.0.0.1:8000",
        merchantAdminUrl: "http://127.0.0.1:8001",
        jwtSecret: "mirashop-resilience-jwt-secret",
        cookieSecret: "mirashop-resilience-cookie-secret",
        outboxDir: "/tmp/mirashop-resilience-upgrade-outbox",
      }),
      true
    )
    process.stdout.write(`[figure] previous release ${release.commit.slice(0, 10)} migrated forward in ${Math.round((Date.now() - started) / 1000)} s\n`)
  }, 600_000)

  afterAll(async () => {
    await query(server(), `drop database if exists "${name}" with (force)`)
  })

  it("migrates the previous release's schema to exactly the schema an empty database gets", async () => {
    const [today, fromRelease] = [await schemaOf(fresh()), await schemaOf(upgraded)]
    expect(today.length).toBeGreaterThan(1000)
    expect(fromRelease.filter((line) => !today.includes(line))).toEqual([])
    expect(today.filter((line) => !fromRelease.includes(line))).toEqual([])
  })

  it("runs every migration the previous release ran, and records the same set as a fresh database", async () => {
    const [today, fromRelease] = [await appliedMigrations(fresh()), await appliedMigrations(upgraded)]
    expect(release.applied.filter((line) => !today.includes(line))).toEqual([])
    expect(fromRelease).toEqual(today)
  })

  it("never edits or removes a released migration of Mirashop's modules: only new ones are added", () => {
    expect(Object.keys(release.migrations).length).toBeGreaterThan(0)
    for (const [file, digest] of Object.entries(release.migrations)) {
      expect(OWN_MIGRATIONS.test(file), file).toBe(true)
      const current = path.join(ROOT, file)
      expect(existsSync(current), `${file} was removed`).toBe(true)
      expect(createHash("sha256").update(readFileSync(current)).digest("hex"), `${file} was edited after the release`).toBe(digest)
    }
  })
})
