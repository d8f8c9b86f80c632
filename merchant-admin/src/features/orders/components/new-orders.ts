/**
 * Ids in `current` that were not in `seen`. The first list ever read (`seen` null) announces
 * nothing: orders already waiting when the screen opens are not "new".
 */
export function newOrderIds(seen: ReadonlySet<string> | null, current: readonly string[]): string[] {
  if (seen === null) return []
  return current.filter((id) => !seen.has(id))
}
