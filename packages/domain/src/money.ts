/**
 * Splits an amount of cents in proportion to weights (largest remainder method), e.g. a
 * voucher across the shops of one order by their subtotals. Parts are whole cents, never
 * negative, sum exactly to the total, a zero weight gets 0, and ties go to the earlier weight.
 */
export function splitProportionally(totalCents: number, weights: number[]): number[] {
  if (!Number.isSafeInteger(totalCents) || totalCents < 0) {
    throw new RangeError(`totalCents must be a non-negative integer, got ${totalCents}`)
  }
  if (weights.some((weight) => !Number.isFinite(weight) || weight < 0)) {
    throw new RangeError("weights must be non-negative finite numbers")
  }
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  if (weightSum === 0) throw new RangeError("weights must not all be zero")

  const exact = weights.map((weight) => (totalCents * weight) / weightSum)
  const parts = exact.map(Math.floor)
  const leftover = totalCents - parts.reduce((sum, part) => sum + part, 0)
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder.slice(0, leftover)) parts[index] += 1
  return parts
}
