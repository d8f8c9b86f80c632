/**
 * Pure money rules of card payments for a multi-shop checkout: one Stripe authorisation for the
 * whole checkout, captured once, then refunds and transfers per shop. All amounts are integer cents.
 */

/** One shop's part of a card checkout, as the capture rule sees it. */
export interface CardPart {
  order_id: string
  amount: number
  /** live: still to hand over; ready: waiting at the counter (or later); cancelled: not to be charged. */
  state: "live" | "ready" | "cancelled"
}

/** What to do with the checkout's single PaymentIntent now. */
export type CaptureDecision =
  | { action: "wait" }
  | { action: "capture"; amount: number; released: number }
  | { action: "cancel" }

function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer of cents, got ${value}`)
  }
}

/**
 * Stripe allows one capture per PaymentIntent: wait while any part is still being prepared, then
 * capture the sum of the non-cancelled parts (releasing the cancelled ones); cancel the intent when
 * every part is cancelled.
 */
export function decideCapture(parts: CardPart[], authorised: number): CaptureDecision {
  assertCents(authorised, "authorised")
  parts.forEach((part) => assertCents(part.amount, `amount of ${part.order_id}`))
  if (parts.some((part) => part.state === "live")) return { action: "wait" }
  const amount = parts.filter((part) => part.state === "ready").reduce((sum, part) => sum + part.amount, 0)
  if (amount === 0) return { action: "cancel" }
  if (amount > authorised) throw new RangeError(`cannot capture ${amount} out of ${authorised} authorised`)
  return { action: "capture", amount, released: authorised - amount }
}

/** Commission in cents for a gross amount at a rate in basis points (100 bp = 1 %), rounded half up. */
export function commissionCents(grossCents: number, rateBasisPoints: number): number {
  assertCents(grossCents, "grossCents")
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > 10_000) {
    throw new RangeError(`rateBasisPoints must be an integer between 0 and 10000, got ${rateBasisPoints}`)
  }
  return Math.floor((grossCents * rateBasisPoints + 5_000) / 10_000)
}

/** One ledger line: a money movement of one shop's order. */
export interface LedgerAmounts {
  gross: number
  commission: number
  /** Discount paid by the city (campaigns); the shop still receives it. */
  city_discount: number
  /** What the shop receives: gross − commission + city_discount. */
  net: number
}

/** Ledger amounts of one shop's order: the shop gets gross minus commission plus the city-funded discount. */
export function ledgerAmounts(grossCents: number, rateBasisPoints: number, cityDiscountCents = 0): LedgerAmounts {
  assertCents(cityDiscountCents, "cityDiscountCents")
  const commission = commissionCents(grossCents, rateBasisPoints)
  return { gross: grossCents, commission, city_discount: cityDiscountCents, net: grossCents - commission + cityDiscountCents }
}

/**
 * A refund's amounts: the commission and the city-funded discount are given back in proportion
 * (never more than was taken, all of it on a full refund), so a fully refunded order nets to zero.
 */
export function refundAmounts(line: LedgerAmounts, refundCents: number, alreadyRefundedCents = 0): LedgerAmounts {
  assertCents(refundCents, "refundCents")
  assertCents(alreadyRefundedCents, "alreadyRefundedCents")
  if (refundCents === 0) throw new RangeError("a refund must be more than 0 cents")
  if (alreadyRefundedCents + refundCents > line.gross) {
    throw new RangeError(`cannot refund ${refundCents}: ${line.gross - alreadyRefundedCents} left to refund`)
  }
  const share = (total: number) => {
    const before = line.gross === 0 ? 0 : Math.round((total * alreadyRefundedCents) / line.gross)
    const after = Math.round((total * (alreadyRefundedCents + refundCents)) / line.gross)
    return after - before
  }
  const commission = share(line.commission)
  const cityDiscount = share(line.city_discount)
  return { gross: -refundCents, commission: -commission, city_discount: -cityDiscount, net: -refundCents + commission - cityDiscount }
}

/** True when every line's net is gross − commission + city discount and the sums agree to the cent. */
export function ledgerBalances(lines: LedgerAmounts[]): boolean {
  const sum = (key: keyof LedgerAmounts) => lines.reduce((total, line) => total + line[key], 0)
  const eachBalances = lines.every((line) => line.net === line.gross - line.commission + line.city_discount)
  return eachBalances && sum("net") === sum("gross") - sum("commission") + sum("city_discount")
}

/** Pickup statuses of a card part whose share is still authorised and waits for its shop. */
const OPEN_PART_STATUSES: readonly string[] = ["placed", "accepted"]

/**
 * With a capture per shop (ADR 0015), whether this part is the last one still waiting among its
 * checkout's other parts: its capture is then the final one (Stripe releases what is left, the
 * shares of cancelled parts), and its release, if it is cancelled, cancels the whole authorisation.
 */
export function isLastOpenPart(otherPartStatuses: readonly string[]): boolean {
  return !otherPartStatuses.some((status) => OPEN_PART_STATUSES.includes(status))
}

/** Euros as Medusa stores them (a decimal amount) to Stripe's integer cents. */
export function toCents(amount: number): number {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`amount must be a non-negative number, got ${amount}`)
  return Math.round(amount * 100)
}
