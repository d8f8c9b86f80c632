import type { TimeRange } from "./hours.types"

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes since midnight of a "HH:MM" wall-clock time (00:00–23:59), or null when it is not one. */
export function parseClockTime(time: string): number | null {
  const match = CLOCK_TIME.exec(time)
  if (!match) return null
  return Number(match[1]) * 60 + Number(match[2])
}

/** "HH:MM" for minutes since midnight, as shown to shoppers (slot labels). */
export function formatClockTime(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`
}

/** Whether a range can be an opening period: both times "HH:MM" and close after open. */
export function isWellFormedRange(range: TimeRange): boolean {
  const open = parseClockTime(range.open)
  const close = parseClockTime(range.close)
  return open !== null && close !== null && open < close
}
