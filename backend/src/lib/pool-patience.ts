/** How long a query waits for a connection while the database refuses them, instead of the pool's minute. */
export const PATIENCE_WHILE_DOWN_MS = 2_000

/** The connection pool (tarn) behind Medusa's shared knex, when it has one. */
interface TarnPool {
  acquireTimeoutMillis: number
}

function poolOf(knex: unknown): TarnPool | null {
  const client: unknown = knex && typeof knex === "function" ? Reflect.get(knex, "client") : undefined
  const pool: unknown = client && typeof client === "object" ? Reflect.get(client, "pool") : undefined
  return pool && typeof pool === "object" && typeof Reflect.get(pool, "acquireTimeoutMillis") === "number" ? (pool as TarnPool) : null
}

/**
 * Makes Medusa's shared connection pool give up after `PATIENCE_WHILE_DOWN_MS` while the database
 * is down, and gives it back its own patience once the database answers again. Requests that reach
 * the database before any of our middlewares (Medusa's publishable-key check) then fail in two
 * seconds with a pool timeout, which the error handler turns into a 503, instead of hanging a
 * minute. Under ordinary load the pool keeps its long wait, so a busy minute never becomes 503s.
 */
export function poolPatience(knex: unknown): (down: boolean) => void {
  const pool = poolOf(knex)
  const usual = pool?.acquireTimeoutMillis
  return (down) => {
    if (pool && usual !== undefined) pool.acquireTimeoutMillis = down ? Math.min(usual, PATIENCE_WHILE_DOWN_MS) : usual
  }
}
