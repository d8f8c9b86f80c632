import { formatClockTime, isWellFormedRange, parseClockTime } from "./clock-time"
import {
  WEEKDAYS,
  type Closure,
  type TimeRange,
  type Weekday,
  type WeeklyHours,
} from "./hours.types"
import { addDays, fromParisWallClock, toParisWallClock, weekdayOf } from "./paris-time"

/** How far ahead {@link nextOpening} looks: beyond two weeks a shop shows as closed until further notice. */
export const NEXT_OPENING_HORIZON_DAYS = 14

const DAY_NAMES: Record<Weekday, string> = {
  mon: "Lundi",
  tue: "Mardi",
  wed: "Mercredi",
  thu: "Jeudi",
  fri: "Vendredi",
  sat: "Samedi",
  sun: "Dimanche",
}

/** Whether an exceptional closure covers a Paris "YYYY-MM-DD" date. */
export function isClosedOn(closures: Closure[], date: string): boolean {
  return closures.some((closure) => closure.from <= date && date <= closure.to)
}

/** The regular opening periods of the Paris day an instant falls on (closures not applied). */
export function todayHours(hours: WeeklyHours, instant: Date): TimeRange[] {
  return hours[toParisWallClock(instant).weekday]
}

/**
 * The periods a shop is actually open on a Paris date: none on a closure day.
 * Schedules are checked by {@link validateWeeklyHours} when saved, so a range that still
 * cannot be read is left out rather than failing a whole page.
 */
export function openingRangesOn(
  hours: WeeklyHours,
  closures: Closure[],
  date: string
): TimeRange[] {
  if (isClosedOn(closures, date)) return []
  return hours[weekdayOf(date)].filter(isWellFormedRange)
}

/** Whether a shop is open at an instant, for the "open now" badge. */
export function isOpenAt(hours: WeeklyHours, closures: Closure[], instant: Date): boolean {
  const { date, minutes } = toParisWallClock(instant)
  const time = formatClockTime(minutes)
  // Well-formed "HH:MM" strings sort like the times they name.
  return openingRangesOn(hours, closures, date).some(
    (range) => range.open <= time && time < range.close
  )
}

/**
 * The next moment a shop opens, at or after `instant`, for "opens Tuesday at 09:00".
 * Looks at today and the {@link NEXT_OPENING_HORIZON_DAYS} following Paris days; null beyond.
 */
export function nextOpening(hours: WeeklyHours, closures: Closure[], instant: Date): Date | null {
  const today = toParisWallClock(instant).date
  for (let offset = 0; offset <= NEXT_OPENING_HORIZON_DAYS; offset++) {
    const date = addDays(today, offset)
    const opening = openingRangesOn(hours, closures, date)
      .map((range) => fromParisWallClock(date, range.open))
      .filter((openAt) => openAt >= instant)
      .sort((a, b) => a.getTime() - b.getTime())[0]
    if (opening) return opening
  }
  return null
}

/** Merchant-facing problems in a weekly schedule, in French; empty when it can be saved. */
export function validateWeeklyHours(hours: WeeklyHours): string[] {
  return WEEKDAYS.flatMap((day) => [
    ...formatErrors(DAY_NAMES[day], hours[day]),
    ...overlapErrors(DAY_NAMES[day], hours[day]),
  ])
}

function formatErrors(dayName: string, ranges: TimeRange[]): string[] {
  return ranges.flatMap((range, index) => {
    const where = `${dayName}, plage ${index + 1}`
    const badTimes = [range.open, range.close].filter((time) => parseClockTime(time) === null)
    if (badTimes.length > 0) {
      return badTimes.map(
        (time) => `${where} : « ${time} » n'est pas une heure au format HH:MM (ex. 09:30).`
      )
    }
    if (!isWellFormedRange(range)) {
      return [
        `${where} : la fermeture (${range.close}) doit être après l'ouverture (${range.open}).`,
      ]
    }
    return []
  })
}

function overlapErrors(dayName: string, ranges: TimeRange[]): string[] {
  const sorted = ranges.filter(isWellFormedRange).sort((a, b) => a.open.localeCompare(b.open))
  const errors: string[] = []
  sorted.forEach((current, index) => {
    for (const earlier of sorted.slice(0, index)) {
      if (current.open < earlier.close) {
        errors.push(
          `${dayName} : les plages ${earlier.open}–${earlier.close} et ${current.open}–${current.close} se chevauchent.`
        )
      }
    }
  })
  return errors
}
