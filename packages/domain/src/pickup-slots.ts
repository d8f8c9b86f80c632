import { formatClockTime } from "./clock-time"
import type { Closure, TimeRange, WeeklyHours } from "./hours.types"
import { openingRangesOn } from "./opening-hours"
import { addDays, fromParisWallClock, toParisWallClock } from "./paris-time"

/** What decides the pickup slots a shop offers; the same input re-checks a chosen slot at checkout. */
export interface PickupSlotInput {
  hours: WeeklyHours
  closures: Closure[]
  /** Minutes the shop needs between an order and its pickup. */
  preparationMinutes: number
  slotMinutes: number
  /** Orders the shop can hand over in one slot. */
  capacity: number
  /** Orders already booked per slot, keyed by slot start (ISO 8601); excludes the order being placed. */
  booked: Record<string, number>
  now: Date
  /** Paris days offered, today included; {@link DEFAULT_PICKUP_DAYS} when omitted. */
  days?: number
}

/** A pickup slot a shopper can choose; `start` identifies it in orders and in `booked`. */
export interface PickupSlot {
  /** ISO 8601 UTC instant. */
  start: string
  end: string
  /** Paris date, "YYYY-MM-DD". */
  date: string
  /** Paris start time, "HH:MM". */
  label: string
  remaining: number
}

/** Days of pickup slots offered when the caller does not say. */
export const DEFAULT_PICKUP_DAYS = 7

const MINUTE = 60_000

/**
 * The slots a shopper can still choose, in time order. Slots are cut in real time from each
 * opening, so each lasts `slotMinutes` even across a DST change (on such a night a label can
 * be skipped or repeat; `start` stays unique).
 */
export function computePickupSlots(input: PickupSlotInput): PickupSlot[] {
  const { hours, closures, preparationMinutes, slotMinutes, capacity, now } = input
  const days = input.days ?? DEFAULT_PICKUP_DAYS
  requireWholeNumber("slotMinutes", slotMinutes, 1)
  requireWholeNumber("days", days, 0)
  requireWholeNumber("capacity", capacity, 0)
  requireWholeNumber("preparationMinutes", preparationMinutes, 0)

  const slotMs = slotMinutes * MINUTE
  const earliestStart = now.getTime() + preparationMinutes * MINUTE
  const booked = bookedByInstant(input.booked)
  const today = toParisWallClock(now).date
  const slots: PickupSlot[] = []
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(today, offset)
    const ranges = openingRangesOn(hours, closures, date).toSorted((a, b) =>
      a.open.localeCompare(b.open)
    )
    for (const range of ranges) {
      for (const start of slotStarts(date, range, slotMs)) {
        const remaining = capacity - (booked.get(start) ?? 0)
        if (start >= earliestStart && remaining > 0) {
          slots.push({
            start: new Date(start).toISOString(),
            end: new Date(start + slotMs).toISOString(),
            date,
            label: formatClockTime(toParisWallClock(new Date(start)).minutes),
            remaining,
          })
        }
      }
    }
  }
  return slots
}

/** Whether a slot chosen earlier can still be booked, checked again when the order is placed. */
export function isSlotBookable(slotStartIso: string, input: PickupSlotInput): boolean {
  const start = Date.parse(slotStartIso)
  return computePickupSlots(input).some((slot) => Date.parse(slot.start) === start)
}

/** Slot starts every `slotMs` of real time from a range's opening, each slot ending by its close. */
function slotStarts(date: string, range: TimeRange, slotMs: number): number[] {
  const close = fromParisWallClock(date, range.close).getTime()
  const starts: number[] = []
  let start = fromParisWallClock(date, range.open).getTime()
  while (start + slotMs <= close) {
    starts.push(start)
    start += slotMs
  }
  return starts
}

/** Booked counts by start instant, so "…T08:00:00Z" and "…T08:00:00.000Z" are the same slot. */
function bookedByInstant(booked: Record<string, number>): Map<number, number> {
  const counts = new Map<number, number>()
  for (const [start, count] of Object.entries(booked)) {
    const instant = Date.parse(start)
    counts.set(instant, (counts.get(instant) ?? 0) + count)
  }
  return counts
}

function requireWholeNumber(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`)
  }
}
