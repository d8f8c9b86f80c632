/**
 * A very short-lived memory of catalogue answers, per server process. Under load the same
 * page is asked many times a second; answering it once per half second keeps Postgres free
 * while a change still shows well within the catalogue's 2-second promise. Concurrent
 * identical requests share one computation.
 */
export class ResponseCache<T> {
  private readonly entries = new Map<string, { expires: number; value: Promise<T> }>()

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number
  ) {}

  /** The cached value of `key`, or the result of `compute` (kept for `ttlMs`; failures are not kept). */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const hit = this.entries.get(key)
    if (hit && hit.expires > now) return hit.value
    if (this.entries.size >= this.maxEntries) this.evict(now)
    const value = compute()
    this.entries.set(key, { expires: now + this.ttlMs, value })
    value.catch(() => this.entries.delete(key))
    return value
  }

  private evict(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expires <= now) this.entries.delete(key)
    }
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
  }
}
