interface Entry<T> {
  /** When the value stops being fresh. */
  expires: number
  value: Promise<T>
  /** The last computed value, served while a newer one is computed. */
  settled?: T
  refreshing?: boolean
}

/**
 * A very short-lived memory of catalogue answers, per server process. Under load the same
 * page is asked many times a second; answering it once per half second keeps Postgres free
 * while a change still shows well within the catalogue's 2-second promise. Concurrent
 * identical requests share one computation, and for `staleMs` after expiry callers get the
 * previous answer while one refresh runs, so a slow query never stalls every shopper at once.
 */
export class ResponseCache<T> {
  private readonly entries = new Map<string, Entry<T>>()

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly staleMs: number = ttlMs
  ) {}

  /** The cached value of `key`, or the result of `compute` (kept for `ttlMs`; failures are not kept). */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const hit = this.entries.get(key)
    if (hit && hit.expires > now) return hit.value
    if (hit && hit.settled !== undefined && now - hit.expires < this.staleMs) {
      if (!hit.refreshing) this.refresh(key, hit, compute)
      return Promise.resolve(hit.settled)
    }
    if (this.entries.size >= this.maxEntries) this.evict(now)
    return this.store(key, compute, now)
  }

  private store(key: string, compute: () => Promise<T>, now: number): Promise<T> {
    const value = compute()
    const entry: Entry<T> = { expires: now + this.ttlMs, value }
    this.entries.set(key, entry)
    value.then(
      (settled) => {
        entry.settled = settled
      },
      () => this.entries.delete(key)
    )
    return value
  }

  private refresh(key: string, stale: Entry<T>, compute: () => Promise<T>): void {
    stale.refreshing = true
    compute().then(
      (settled) => {
        this.entries.set(key, { expires: Date.now() + this.ttlMs, value: Promise.resolve(settled), settled })
      },
      () => {
        // Keep serving the stale answer until it is too old; the next caller tries again.
        stale.refreshing = false
      }
    )
  }

  private evict(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expires + this.staleMs <= now) this.entries.delete(key)
    }
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
  }
}
