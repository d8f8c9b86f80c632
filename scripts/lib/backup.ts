import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { DATA_DIR, ROOT } from "./paths"
import { run } from "./processes"

/** Where `npm run backup` writes its dumps unless told otherwise. */
export const BACKUP_DIR = path.join(DATA_DIR, "backups")

/** The database to back up or restore: $DATABASE_URL, else the one `npm start` wrote to .data/mirashop.json. */
export function targetDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL
  const summary = path.join(DATA_DIR, "mirashop.json")
  if (existsSync(summary)) {
    const { databaseUrl } = JSON.parse(readFileSync(summary, "utf8")) as { databaseUrl?: string }
    if (databaseUrl) return databaseUrl
  }
  throw new Error(
    "Set DATABASE_URL (or start Mirashop once with npm start) to say which database to use."
  )
}

/** Major version of a PostgreSQL client tool (`pg_dump`, `pg_restore`). */
function toolMajor(tool: string): number {
  const version = execFileSync(tool, ["--version"], { encoding: "utf8" })
  const match = /(\d+)(?:\.\d+)?/.exec(version)
  if (!match) throw new Error(`Cannot read the version of ${tool}: ${version}`)
  return Number(match[1])
}

/** Major version of the server holding `databaseUrl`. */
async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ server_version_num: string }>("show server_version_num")
    return Math.floor(Number(rows[0].server_version_num) / 10000)
  } finally {
    await client.end()
  }
}

/** Refuses a client older than the server: pg_dump cannot read a newer server's catalogue faithfully. */
async function ensureToolFits(tool: string, databaseUrl: string): Promise<void> {
  const [client, server] = [toolMajor(tool), await serverMajor(databaseUrl)]
  if (client < server) {
    throw new Error(
      `${tool} ${client} is older than the PostgreSQL ${server} server: install the PostgreSQL ${server} client tools.`
    )
  }
}

/** Dumps the whole database (custom format, no owners or grants) to `file`. */
export async function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  await ensureToolFits("pg_dump", databaseUrl)
  mkdirSync(path.dirname(file), { recursive: true })
  await run(
    "pg_dump",
    ["--format=custom", "--no-owner", "--no-privileges", "--file", file, databaseUrl],
    { cwd: ROOT, quiet: true }
  )
}

/**
 * Restores a dump into `databaseUrl`, replacing what is there, in one transaction: a failed
 * restore leaves the database as it was.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`)
  await ensureToolFits("pg_restore", databaseUrl)
  await run(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      "--exit-on-error",
      "--dbname",
      databaseUrl,
      file,
    ],
    { cwd: ROOT, quiet: true }
  )
}
