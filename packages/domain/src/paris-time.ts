import { parseClockTime } from "./clock-time"
import { SHOP_TIME_ZONE, WEEKDAYS, type Weekday } from "./hours.types"

/** Where an instant falls on a Miramas shop's wall clock: what opening hours are written in. */
export interface ParisWallClock {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string
  weekday: Weekday
  /** Minutes since local midnight; seconds are dropped. */
  minutes: number
}

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const parisFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: SHOP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/** The Paris wall-clock reading of an instant, written as if it were a UTC timestamp. */
function parisWallMs(instantMs: number): number {
  const part = new Map(parisFormat.formatToParts(instantMs).map(({ type, value }) => [type, value]))
  const read = (type: Intl.DateTimeFormatPartTypes) => Number(part.get(type))
  return Date.UTC(read("year"), read("month") - 1, read("day"), read("hour"), read("minute"))
}

/** Milliseconds Paris is ahead of UTC at an instant (+1 h in winter, +2 h in summer). */
function parisOffsetMs(instantMs: number): number {
  return parisWallMs(instantMs) - Math.floor(instantMs / MINUTE) * MINUTE
}

/** UTC midnight of a "YYYY-MM-DD" date; throws on anything that is not a real calendar date. */
function parseIsoDate(date: string): number {
  const match = ISO_DATE.exec(date)
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  if (Number.isNaN(ms) || formatIsoDate(ms) !== date) {
    throw new RangeError(`Not a "YYYY-MM-DD" calendar date: "${date}"`)
  }
  return ms
}

function formatIsoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10)
}

/** Day of the week of a "YYYY-MM-DD" date, to look up its weekly opening hours. */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(parseIsoDate(date)).getUTCDay()
  return WEEKDAYS[(sundayFirst + 6) % 7]
}

/** The calendar date `days` after (or before, if negative) a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  return formatIsoDate(parseIsoDate(date) + days * DAY)
}

/** Reads an instant on the Paris wall clock: which local day, weekday and time it is. */
export function toParisWallClock(instant: Date): ParisWallClock {
  const wall = new Date(parisWallMs(instant.getTime()))
  const date = formatIsoDate(wall.getTime())
  return { date, weekday: weekdayOf(date), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() }
}

/**
 * The instant a Paris wall-clock time ("YYYY-MM-DD", "HH:MM") happens.
 * Across DST changes it follows the usual calendar convention: a time skipped in spring
 * (02:30 on 2026-03-29) is moved forward by the gap (03:30 summer time), and a time that
 * happens twice in autumn (02:30 on 2026-10-25) means its first occurrence (summer time).
 */
export function fromParisWallClock(date: string, time: string): Date {
  const minutes = parseClockTime(time)
  if (minutes === null) throw new RangeError(`Not a "HH:MM" time: "${time}"`)
  const wallMs = parseIsoDate(date) + minutes * MINUTE
  // Offsets a day either side bracket any DST change, since changes are months apart.
  const offsetBefore = parisOffsetMs(wallMs - DAY)
  const offsetAfter = parisOffsetMs(wallMs + DAY)
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].sort((a, b) => a - b)
  const existing = candidates.find((instantMs) => parisWallMs(instantMs) === wallMs)
  return new Date(existing ?? wallMs - offsetBefore)
}
