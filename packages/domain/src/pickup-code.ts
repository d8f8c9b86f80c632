/** Characters of a pickup code: no 0/O, 1/I/L, so a code read aloud at the counter cannot be misheard. */
export const PICKUP_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/** Length of a pickup code: short enough to read aloud, 31^6 ≈ 887 million codes. */
export const PICKUP_CODE_LENGTH = 6

// Bytes at or above this would favour the first letters of the alphabet; they are drawn again.
const UNBIASED_LIMIT = 256 - (256 % PICKUP_CODE_ALPHABET.length)
const MAX_DRAWS = 100

/**
 * A new pickup code the shopper shows when collecting an order.
 * `randomBytes` must be cryptographically secure (`crypto.randomBytes` or `getRandomValues`).
 */
export function generatePickupCode(randomBytes: (n: number) => Uint8Array): string {
  let code = ""
  for (let draw = 0; draw < MAX_DRAWS && code.length < PICKUP_CODE_LENGTH; draw++) {
    for (const byte of randomBytes(PICKUP_CODE_LENGTH)) {
      if (byte < UNBIASED_LIMIT && code.length < PICKUP_CODE_LENGTH) {
        code += PICKUP_CODE_ALPHABET[byte % PICKUP_CODE_ALPHABET.length]
      }
    }
  }
  if (code.length < PICKUP_CODE_LENGTH) throw new Error("randomBytes does not produce random bytes")
  return code
}

/** A pickup code as typed by a merchant ("ab3-k7 q"), reduced to the form it was issued in. */
export function normalizePickupCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]/g, "")
}

/** Whether a typed code is the order's code, compared in constant time so timing does not leak it. */
export function pickupCodesMatch(a: string, b: string): boolean {
  const left = normalizePickupCode(a)
  const right = normalizePickupCode(b)
  const length = Math.max(left.length, right.length)
  let difference = left.length ^ right.length
  for (let i = 0; i < length; i++) {
    difference |= (left.charCodeAt(i) || 0) ^ (right.charCodeAt(i) || 0)
  }
  return difference === 0 && length > 0
}
