import type { OrderFacts } from "./facts"

/** An order must be answered within this delay to count as accepted quickly. */
export const ACCEPTANCE_DELAY_MS = 2 * 60 * 60 * 1000

/** The window the acceptance rate is measured over. */
export const ACCEPTANCE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000

/** Share of orders accepted in time a shop should reach (a rare late order is forgiven). */
export const ACCEPTANCE_TARGET_PERCENT = 90

/** How quickly a shop answered its recent orders. */
export interface AcceptanceMeasure {
  /** Orders that count: answered, or left unanswered past the delay. */
  measured: number
  on_time: number
  /** Rounded percentage, null when no order counts yet. */
  percent: number | null
}

/**
 * Orders of the last 30 days answered within 2 hours. Accepting is an answer, and so is the
 * shop refusing (cancelling) an order; an order the shopper cancelled before any answer does not
 * count, nor does one still inside its 2 hours.
 */
export function measureAcceptance(orders: OrderFacts[], now: Date): AcceptanceMeasure {
  let measured = 0
  let onTime = 0
  for (const order of orders) {
    const created = order.created_at.getTime()
    if (now.getTime() - created > ACCEPTANCE_WINDOW_MS) continue
    const answeredAt = order.accepted_at ?? (order.cancelled_by === "shop" ? order.cancelled_at : null)
    if (answeredAt) {
      measured++
      if (answeredAt.getTime() - created <= ACCEPTANCE_DELAY_MS) onTime++
      continue
    }
    if (order.cancelled_by === "shopper") continue
    if (now.getTime() - created > ACCEPTANCE_DELAY_MS) measured++
  }
  return { measured, on_time: onTime, percent: measured === 0 ? null : Math.round((onTime / measured) * 100) }
}
