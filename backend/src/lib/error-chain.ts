/** A field of an unknown value, when it is an object. */
export function fieldOf(value: unknown, key: string): unknown {
  return value && typeof value === "object" ? Reflect.get(value, key) : undefined
}

/** The error and the errors it wraps (`cause`, MikroORM's `previous`, aggregate `errors`), a few levels deep. */
export function chainOf(error: unknown): object[] {
  const seen: object[] = []
  const queue: unknown[] = [error]
  while (queue.length && seen.length < 12) {
    const next = queue.shift()
    if (!next || typeof next !== "object" || seen.includes(next)) continue
    seen.push(next)
    queue.push(fieldOf(next, "cause"), fieldOf(next, "previous"))
    const nested = fieldOf(next, "errors")
    if (Array.isArray(nested)) for (const item of nested as unknown[]) queue.push(item)
  }
  return seen
}

/** An error's code (`ECONNREFUSED`, a SQLSTATE…) as text, or "" when it has none. */
export function codeOf(value: unknown, key = "code"): string {
  const code = fieldOf(value, key)
  return typeof code === "string" || typeof code === "number" ? String(code) : ""
}
