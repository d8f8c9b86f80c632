/** The percent-encoding of a NUL byte in a URL, in either case. */
const ENCODED_NUL = /%00/i

/**
 * Whether a request carries a NUL byte in its URL or in a string of its JSON body. PostgreSQL
 * stores no NUL in text, so such a value can never be valid; Medusa's remote query wraps the
 * driver's refusal in an error that loses its SQLSTATE, and the shopper would get a 500.
 */
export function carriesNulByte(url: string, body: unknown): boolean {
  return ENCODED_NUL.test(url) || stringsOf(body, 0).some((text) => text.includes("\u0000"))
}

/** Every string key and value of a parsed JSON value, down to 32 levels (deeper bodies are refused elsewhere); raw bodies (webhooks) are not read. */
function stringsOf(value: unknown, depth: number): string[] {
  if (typeof value === "string") return [value]
  if (!value || typeof value !== "object" || ArrayBuffer.isView(value) || depth > 32) return []
  const out: string[] = []
  for (const [key, item] of Object.entries(value)) {
    out.push(key, ...stringsOf(item, depth + 1))
  }
  return out
}
