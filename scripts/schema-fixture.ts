/**
 * `npm run schema:fixture -- <commit>`: records the schema of a release for the migration test
 * (tests/resilience/migrations.test.ts). Run it on the day of a release, with DATABASE_URL naming a
 * database that the release's own `medusa db:migrate` created from empty (the demo's, or CI's), and
 * the release's commit: it writes the schema and Medusa's migration bookkeeping as SQL, and the
 * digests of Mirashop's migration files at that commit, which no later commit may change.
 */
import { execFileSync } from "node:child_process"
import { writeFileSync } from "node:fs"
import path from "node:path"
import { targetDatabaseUrl } from "./lib/backup"
import { ROOT } from "./lib/paths"
import { appliedMigrations, MIGRATION_TABLES, ownMigrationDigests } from "./lib/schema"

const commit = process.argv[2]
if (!commit) {
  process.stderr.write("Usage : npm run schema:fixture -- <commit de la version publiée>\n")
  process.exit(1)
}
const databaseUrl = targetDatabaseUrl()
const resolved = execFileSync("git", ["rev-parse", commit], { cwd: ROOT, encoding: "utf8" }).trim()
const dir = path.join(ROOT, "tests", "resilience", "fixtures")
const common = ["--no-owner", "--no-privileges", "--no-comments", databaseUrl]
const schema = execFileSync("pg_dump", ["--schema-only", ...common], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
const bookkeeping = execFileSync("pg_dump", ["--data-only", "--inserts", ...MIGRATION_TABLES.flatMap((t) => ["-t", t]), ...common], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
})
// psql meta-commands (\restrict in recent pg_dump) are dropped: the test replays the file with plain SQL.
const sql = `${schema}\n${bookkeeping}`.split("\n").filter((line) => !line.startsWith("\\")).join("\n")
writeFileSync(path.join(dir, "previous-release.sql"), sql)
writeFileSync(
  path.join(dir, "previous-release.json"),
  `${JSON.stringify({ commit: resolved, applied: await appliedMigrations(databaseUrl), migrations: ownMigrationDigests(resolved) }, null, 2)}\n`
)
process.stdout.write(`Schéma de ${resolved.slice(0, 10)} enregistré dans ${path.relative(ROOT, dir)}\n`)
