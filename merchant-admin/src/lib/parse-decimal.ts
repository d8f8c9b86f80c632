/** Result of reading a number typed by a merchant. */
export type ParsedDecimal = { ok: true; value: number | null } | { ok: false }

/**
 * Reads a decimal typed the French way ("43,5806") or the English way ("43.5806"); empty
 * means "not set". Anything outside [min, max] or not a number is refused.
 */
export function parseDecimal(text: string, min: number, max: number): ParsedDecimal {
  const trimmed = text.trim().replace(/\s/g, "").replace(",", ".")
  if (trimmed === "") return { ok: true, value: null }
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false }
  const value = Number(trimmed)
  return value >= min && value <= max ? { ok: true, value } : { ok: false }
}
