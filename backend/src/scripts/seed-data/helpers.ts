import type { TimeRange, Weekday, WeeklyHours } from "@mirashop/domain"

const range = (open: string, close: string): TimeRange => ({ open, close })

/** Morning and afternoon with a lunch break. */
export const splitDay = (morning: [string, string], afternoon: [string, string]): TimeRange[] => [
  range(...morning),
  range(...afternoon),
]

/** One continuous opening. */
export const fullDay = (open: string, close: string): TimeRange[] => [range(open, close)]

/** Tuesday to Saturday, the usual trading days of Miramas shops. */
export const TUE_TO_SAT: readonly Weekday[] = ["tue", "wed", "thu", "fri", "sat"]

/** Tuesday to Friday (when Saturday has its own hours). */
export const TUE_TO_FRI: readonly Weekday[] = ["tue", "wed", "thu", "fri"]

/** The same opening periods on each of the given days (each day gets its own copy). */
export function sameHours(days: readonly Weekday[], ranges: TimeRange[]): Partial<WeeklyHours> {
  const hours: Partial<WeeklyHours> = {}
  for (const day of days) hours[day] = ranges.map((r) => ({ ...r }))
  return hours
}

/** A week from the given days; days not listed are closed. */
export function week(days: Partial<WeeklyHours>): WeeklyHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...days }
}

/** A weight option ("250 g", "500 g", "1 kg"…). */
export const WEIGHTS = (values: string[]) => ({ title: "Poids", values })

/** A size option (clothes, bouquets, cakes…). */
export const SIZES = (values: string[]) => ({ title: "Taille", values })

/** A format option (bottles, packs, lots…). */
export const FORMATS = (values: string[]) => ({ title: "Format", values })
