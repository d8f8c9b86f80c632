/**
 * Medusa's data-model `json()` columns are typed as objects, but Postgres jsonb stores a
 * list just as well. This is the one place a list is handed to such a column.
 */
export function jsonList<T>(items: T[]): Record<string, unknown> {
  return items as unknown as Record<string, unknown>
}

/** Reads back a list stored with {@link jsonList}. */
export function readJsonList<T>(value: Record<string, unknown> | null | undefined): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}
