import { describe, expect, it } from "vitest"
import { PATIENCE_WHILE_DOWN_MS, poolPatience } from "./pool-patience"

/** A knex instance is a function carrying its client; the client holds the tarn pool. */
function fakeKnex(acquireTimeoutMillis: number) {
  const pool = { acquireTimeoutMillis }
  return { knex: Object.assign(() => undefined, { client: { pool } }), pool }
}

describe("poolPatience", () => {
  it("shortens the pool's wait while the database is down and restores it after", () => {
    const { knex, pool } = fakeKnex(60_000)
    const onChange = poolPatience(knex)
    onChange(true)
    expect(pool.acquireTimeoutMillis).toBe(PATIENCE_WHILE_DOWN_MS)
    onChange(false)
    expect(pool.acquireTimeoutMillis).toBe(60_000)
  })

  it("leaves alone what is not a knex pool", () => {
    expect(() => poolPatience(undefined)(true)).not.toThrow()
    expect(() => poolPatience({ client: {} })(true)).not.toThrow()
  })
})
