import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backupDatabase, restoreDatabase } from "../../../scripts/lib/backup"
import { databaseUrl, dropDatabase, ensureDatabase } from "../../../scripts/lib/embedded-db"
import { stack } from "../../support/clients"
import { chooseSlots, demoBakeryAndFlorist, placedCheckout, shopperCart } from "../../support/shopping"

/** Every table's row count and a digest of its rows in a canonical order, and every sequence's position. */
async function fingerprintOf(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public' order by tablename")
    const result: Record<string, string> = {}
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ rows: string; digest: string | null }>(
        `select count(*) as rows, md5(string_agg(t::text, E'\\n' order by t::text)) as digest from "${tablename}" t`
      )
      result[tablename] = `${rows[0].rows}:${rows[0].digest ?? "-"}`
    }
    const { rows: sequences } = await client.query<{ name: string; last_value: string | null }>(
      "select schemaname || '.' || sequencename as name, last_value from pg_sequences where schemaname = 'public'"
    )
    for (const sequence of sequences) result[`sequence ${sequence.name}`] = String(sequence.last_value)
    return result
  } finally {
    await client.end()
  }
}

const serverOf = (url: string) => {
  const server = new URL(url)
  server.pathname = "/postgres"
  return server.toString()
}

describe("npm run backup / npm run restore", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "mirashop-backup-"))
  const restoredName = `mirashop_restore_${process.pid}_${Date.now()}`
  let restoredUrl: string

  beforeAll(async () => {
    // Something of every kind worth keeping: a two-shop checkout with its orders, reservations and payments.
    const lines = await demoBakeryAndFlorist()
    const cart = await shopperCart([
      { variantId: lines.bakeryLine.variantId, quantity: 2 },
      { variantId: lines.floristLine.variantId, quantity: 1 },
    ])
    await chooseSlots(cart, 4)
    await placedCheckout(cart)
    restoredUrl = databaseUrl(serverOf(stack().databaseUrl), restoredName)
    await ensureDatabase(serverOf(stack().databaseUrl), restoredName)
  })

  afterAll(async () => {
    await dropDatabase(serverOf(stack().databaseUrl), restoredName)
    rmSync(folder, { recursive: true, force: true })
  })

  it("restores a dump into an empty database identical, table by table and row by row: orders, shops, payments, stock and its journal", async () => {
    const file = path.join(folder, "mirashop.dump")
    // The backend keeps running (subscribers may still be writing): a dump taken between two equal fingerprints is exact.
    let before: Record<string, string> = {}
    for (let attempt = 0; attempt < 5; attempt++) {
      const start = await fingerprintOf(stack().databaseUrl)
      await backupDatabase(stack().databaseUrl, file)
      before = await fingerprintOf(stack().databaseUrl)
      if (JSON.stringify(start) === JSON.stringify(before)) break
    }
    await restoreDatabase(restoredUrl, file)
    const after = await fingerprintOf(restoredUrl)
    expect(after).toEqual(before)
    // Not vacuous: the tables that matter hold data.
    for (const table of ["order", "order_item", "order_pickup", "shop", "merchant_user", "payment", "payment_collection", "reservation_item", "inventory_level", "customer", "provider_identity"]) {
      expect(Number(before[table]?.split(":")[0]), table).toBeGreaterThan(0)
    }
    expect(Object.keys(before).length).toBeGreaterThan(100)
  })

  it("restores over a database that changed since, bringing it back to the dump", async () => {
    const file = path.join(folder, "mirashop.dump")
    const expected = await fingerprintOf(restoredUrl)
    const client = new pg.Client({ connectionString: restoredUrl })
    await client.connect()
    await client.query("update shop set name = name || ' (modifiée)'")
    await client.query("delete from order_pickup where id in (select id from order_pickup limit 1)")
    await client.end()
    expect(await fingerprintOf(restoredUrl)).not.toEqual(expected)
    await restoreDatabase(restoredUrl, file)
    expect(await fingerprintOf(restoredUrl)).toEqual(expected)
  })

  it("leaves the database as it was when a dump is damaged or missing", async () => {
    const expected = await fingerprintOf(restoredUrl)
    const damaged = path.join(folder, "damaged.dump")
    writeFileSync(damaged, "PGDMP pas une sauvegarde")
    await expect(restoreDatabase(restoredUrl, damaged)).rejects.toThrow()
    await expect(restoreDatabase(restoredUrl, path.join(folder, "absent.dump"))).rejects.toThrow(/No backup/)
    expect(await fingerprintOf(restoredUrl)).toEqual(expected)
  })
})
