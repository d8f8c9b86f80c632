import { execFileSync } from "node:child_process"
import { createHash } from "node:crypto"
import pg from "pg"
import { ROOT } from "./paths"

/** Medusa's bookkeeping of what ran: MikroORM migrations of every module, link tables, data scripts. */
export const MIGRATION_TABLES = ["mikro_orm_migrations", "link_module_migrations", "script_migrations"]

/** Where Mirashop's own migrations live, relative to the repository root. */
export const OWN_MIGRATIONS = /^backend\/src\/modules\/[^/]+\/migrations\/[^/]+\.ts$/

/**
 * A database's schema as a sorted list of lines — columns (type, nullability, default), indexes,
 * constraints — independent of column order, so a schema migrated step by step compares equal to
 * one created in one go.
 */
export async function schemaOf(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const columns = await client.query<{ line: string }>(
      `select format('column %s.%s %s %s default %s', table_name, column_name, data_type, case when is_nullable = 'YES' then 'null' else 'not null' end, coalesce(column_default, '-')) as line
       from information_schema.columns where table_schema = 'public'`
    )
    const indexes = await client.query<{ line: string }>("select format('index %s %s', tablename, indexdef) as line from pg_indexes where schemaname = 'public'")
    const constraints = await client.query<{ line: string }>(
      `select format('constraint %s %s %s', conrelid::regclass::text, conname, pg_get_constraintdef(oid)) as line
       from pg_constraint where connamespace = 'public'::regnamespace`
    )
    return [...columns.rows, ...indexes.rows, ...constraints.rows].map((row) => comparable(row.line)).sort()
  } finally {
    await client.end()
  }
}

/** A ULID literal, as Medusa's workflow engine bakes a fresh one into a column default at each migration run. */
const ULID_LITERAL = /'[0-9A-HJKMNP-TV-Z]{26}'/g
/** Type casts: PostgreSQL prints the same index predicate with its casts and parentheses in different places depending on how it was created (migration or restored dump). */
const CASTS = /::(?:text|character varying|integer|bigint|numeric|jsonb|timestamp with time zone)(?:\[\])?/g

/** A schema line without what differs between equal schemas: random ULID defaults, casts and parentheses. */
function comparable(line: string): string {
  return line.replace(ULID_LITERAL, "'<ulid>'").replace(CASTS, "").replace(/[()]/g, "").replace(/\s+/g, " ")
}

/** The names of the migrations a database has run, per bookkeeping table. */
export async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const lines: string[] = []
    const { rows } = await client.query<{ name: string }>("select name from mikro_orm_migrations")
    lines.push(...rows.map((row) => `migration ${row.name}`))
    const links = await client.query<{ table_name: string }>("select table_name from link_module_migrations")
    lines.push(...links.rows.map((row) => `link ${row.table_name}`))
    const scripts = await client.query<{ script_name: string }>("select script_name from script_migrations")
    lines.push(...scripts.rows.map((row) => `script ${row.script_name}`))
    return [...new Set(lines)].sort()
  } finally {
    await client.end()
  }
}

/** SHA-256 of each of Mirashop's own migration files at a commit (`HEAD`, a tag…), by path. */
export function ownMigrationDigests(commit: string): Record<string, string> {
  const files = execFileSync("git", ["ls-tree", "-r", "--name-only", commit, "backend/src/modules"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((file) => OWN_MIGRATIONS.test(file))
  return Object.fromEntries(
    files.map((file) => [file, createHash("sha256").update(execFileSync("git", ["show", `${commit}:${file}`], { cwd: ROOT })).digest("hex")])
  )
}
