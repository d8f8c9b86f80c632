/** Days of the week, Monday first, as used in weekly opening hours. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

/** A day of the week key of {@link WeeklyHours}. */
export type Weekday = (typeof WEEKDAYS)[number]

/** One opening period of a day, in Europe/Paris wall-clock time ("HH:MM", close after open). */
export interface TimeRange {
  open: string
  close: string
}

/** A shop's regular week: each day lists its opening periods (empty = closed; two = lunch break). */
export type WeeklyHours = Record<Weekday, TimeRange[]>

/** An exceptional closure (holiday, leave), inclusive dates "YYYY-MM-DD" in Europe/Paris. */
export interface Closure {
  from: string
  to: string
  reason?: string
}

/** The time zone every Mirashop shop lives in. */
export const SHOP_TIME_ZONE = "Europe/Paris"
