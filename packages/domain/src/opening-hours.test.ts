import { describe, expect, it } from "vitest"
import type { Closure, WeeklyHours } from "./hours.types"
import {
  isClosedOn,
  isOpenAt,
  nextOpening,
  openingRangesOn,
  todayHours,
  validateWeeklyHours,
} from "./opening-hours"

/** A bakery closed on Mondays, with a lunch break on weekdays and Sunday mornings only. */
const BAKERY: WeeklyHours = {
  mon: [],
  tue: [
    { open: "07:00", close: "13:00" },
    { open: "15:30", close: "19:30" },
  ],
  wed: [
    { open: "07:00", close: "13:00" },
    { open: "15:30", close: "19:30" },
  ],
  thu: [
    { open: "07:00", close: "13:00" },
    { open: "15:30", close: "19:30" },
  ],
  fri: [
    { open: "07:00", close: "13:00" },
    { open: "15:30", close: "19:30" },
  ],
  sat: [{ open: "07:00", close: "19:00" }],
  sun: [{ open: "07:00", close: "12:30" }],
}

const CLOSED_ALL_WEEK: WeeklyHours = {
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
}

const at = (iso: string) => new Date(iso)

describe("isClosedOn", () => {
  const closures: Closure[] = [
    { from: "2026-05-01", to: "2026-05-01", reason: "Fête du travail" },
    { from: "2026-08-10", to: "2026-08-23", reason: "Congés" },
  ]

  it("covers a single-day closure", () => {
    expect(isClosedOn(closures, "2026-05-01")).toBe(true)
    expect(isClosedOn(closures, "2026-05-02")).toBe(false)
  })

  it("covers both ends of a closure range and the days between", () => {
    expect(isClosedOn(closures, "2026-08-09")).toBe(false)
    expect(isClosedOn(closures, "2026-08-10")).toBe(true)
    expect(isClosedOn(closures, "2026-08-15")).toBe(true)
    expect(isClosedOn(closures, "2026-08-23")).toBe(true)
    expect(isClosedOn(closures, "2026-08-24")).toBe(false)
  })

  it("is never closed without closures", () => {
    expect(isClosedOn([], "2026-05-01")).toBe(false)
  })
})

describe("todayHours", () => {
  it("gives the hours of the Paris weekday, not the UTC one", () => {
    // Monday 23:30 UTC is already Tuesday 00:30 in Paris.
    expect(todayHours(BAKERY, at("2026-01-12T23:30:00Z"))).toEqual(BAKERY.tue)
    expect(todayHours(BAKERY, at("2026-01-12T22:30:00Z"))).toEqual([])
  })
})

describe("openingRangesOn", () => {
  it("gives no range on a closure day", () => {
    expect(
      openingRangesOn(BAKERY, [{ from: "2026-01-13", to: "2026-01-13" }], "2026-01-13")
    ).toEqual([])
  })

  it("leaves out ranges that cannot be read", () => {
    const hours = { ...BAKERY, tue: [{ open: "9h", close: "12:00" }, ...BAKERY.tue] }
    expect(openingRangesOn(hours, [], "2026-01-13")).toEqual(BAKERY.tue)
  })
})

describe("isOpenAt", () => {
  it("is open inside a range, in Paris winter time", () => {
    expect(isOpenAt(BAKERY, [], at("2026-01-13T06:00:00Z"))).toBe(true) // 07:00 Paris
    expect(isOpenAt(BAKERY, [], at("2026-01-13T05:59:00Z"))).toBe(false) // 06:59 Paris
  })

  it("is open inside a range, in Paris summer time", () => {
    expect(isOpenAt(BAKERY, [], at("2026-07-14T05:00:00Z"))).toBe(true) // 07:00 Paris
    expect(isOpenAt(BAKERY, [], at("2026-07-14T04:59:00Z"))).toBe(false) // 06:59 Paris
  })

  it("is closed from the closing minute", () => {
    expect(isOpenAt(BAKERY, [], at("2026-01-13T11:59:00Z"))).toBe(true) // 12:59 Paris
    expect(isOpenAt(BAKERY, [], at("2026-01-13T12:00:00Z"))).toBe(false) // 13:00 Paris
  })

  it("is closed during the lunch break and open again after it", () => {
    expect(isOpenAt(BAKERY, [], at("2026-01-13T13:00:00Z"))).toBe(false) // 14:00 Paris
    expect(isOpenAt(BAKERY, [], at("2026-01-13T14:30:00Z"))).toBe(true) // 15:30 Paris
  })

  it("is closed on a closed weekday", () => {
    expect(isOpenAt(BAKERY, [], at("2026-01-12T10:00:00Z"))).toBe(false) // Monday
  })

  it("is closed on a closure day", () => {
    const closures = [{ from: "2026-01-13", to: "2026-01-14", reason: "Inventaire" }]
    expect(isOpenAt(BAKERY, closures, at("2026-01-13T10:00:00Z"))).toBe(false)
    expect(isOpenAt(BAKERY, closures, at("2026-01-15T10:00:00Z"))).toBe(true)
  })

  it("is open on the morning of the spring DST change", () => {
    expect(isOpenAt(BAKERY, [], at("2026-03-29T05:00:00Z"))).toBe(true) // 07:00 summer time
    expect(isOpenAt(BAKERY, [], at("2026-03-29T04:59:00Z"))).toBe(false)
  })
})

describe("nextOpening", () => {
  it("gives the afternoon opening during the lunch break", () => {
    expect(nextOpening(BAKERY, [], at("2026-01-13T13:00:00Z"))?.toISOString()).toBe(
      "2026-01-13T14:30:00.000Z"
    )
  })

  it("gives the opening instant itself when asked at that minute", () => {
    expect(nextOpening(BAKERY, [], at("2026-01-13T06:00:00Z"))?.toISOString()).toBe(
      "2026-01-13T06:00:00.000Z"
    )
  })

  it("skips a closed weekday", () => {
    expect(nextOpening(BAKERY, [], at("2026-01-12T10:00:00Z"))?.toISOString()).toBe(
      "2026-01-13T06:00:00.000Z"
    )
  })

  it("skips closure days", () => {
    const closures = [{ from: "2026-01-13", to: "2026-01-16" }]
    expect(nextOpening(BAKERY, closures, at("2026-01-12T10:00:00Z"))?.toISOString()).toBe(
      "2026-01-17T06:00:00.000Z"
    )
  })

  it("uses summer time on the night of the spring change", () => {
    // Saturday 20:00 Paris, then Sunday 07:00 summer time = 05:00 UTC.
    expect(nextOpening(BAKERY, [], at("2026-03-28T19:00:00Z"))?.toISOString()).toBe(
      "2026-03-29T05:00:00.000Z"
    )
  })

  it("uses winter time on the night of the autumn change", () => {
    // Saturday 20:00 Paris, then Sunday 07:00 winter time = 06:00 UTC.
    expect(nextOpening(BAKERY, [], at("2026-10-24T18:00:00Z"))?.toISOString()).toBe(
      "2026-10-25T06:00:00.000Z"
    )
  })

  it("still finds an opening on the 14th day after today", () => {
    // From Monday 2026-01-12, the 14th day after is Monday 2026-01-26.
    const mondayOnly = { ...CLOSED_ALL_WEEK, mon: [{ open: "09:00", close: "12:00" }] }
    const closures = [{ from: "2026-01-12", to: "2026-01-25" }]
    expect(nextOpening(mondayOnly, closures, at("2026-01-12T07:00:00Z"))?.toISOString()).toBe(
      "2026-01-26T08:00:00.000Z"
    )
  })

  it("gives null when nothing opens within 14 days", () => {
    // Closed through the 14th day; the bakery would reopen on the 15th.
    const closures = [{ from: "2026-01-12", to: "2026-01-26", reason: "Travaux" }]
    expect(nextOpening(BAKERY, closures, at("2026-01-12T07:00:00Z"))).toBeNull()
    expect(nextOpening(CLOSED_ALL_WEEK, [], at("2026-01-12T07:00:00Z"))).toBeNull()
  })
})

describe("validateWeeklyHours", () => {
  it("accepts a valid week, including touching ranges and closed days", () => {
    const hours = {
      ...BAKERY,
      sat: [
        { open: "07:00", close: "12:00" },
        { open: "12:00", close: "19:00" },
      ],
    }
    expect(validateWeeklyHours(hours)).toEqual([])
    expect(validateWeeklyHours(CLOSED_ALL_WEEK)).toEqual([])
  })

  it("names a time that is not HH:MM", () => {
    expect(
      validateWeeklyHours({ ...CLOSED_ALL_WEEK, tue: [{ open: "9h", close: "24:00" }] })
    ).toEqual([
      "Mardi, plage 1 : « 9h » n'est pas une heure au format HH:MM (ex. 09:30).",
      "Mardi, plage 1 : « 24:00 » n'est pas une heure au format HH:MM (ex. 09:30).",
    ])
  })

  it("refuses a range that does not close after it opens", () => {
    const hours = {
      ...CLOSED_ALL_WEEK,
      wed: [
        { open: "09:00", close: "12:00" },
        { open: "18:00", close: "14:00" },
      ],
      thu: [{ open: "10:00", close: "10:00" }],
    }
    expect(validateWeeklyHours(hours)).toEqual([
      "Mercredi, plage 2 : la fermeture (14:00) doit être après l'ouverture (18:00).",
      "Jeudi, plage 1 : la fermeture (10:00) doit être après l'ouverture (10:00).",
    ])
  })

  it("refuses overlapping ranges, whatever their order", () => {
    const hours = {
      ...CLOSED_ALL_WEEK,
      fri: [
        { open: "14:00", close: "19:00" },
        { open: "09:00", close: "14:30" },
      ],
    }
    expect(validateWeeklyHours(hours)).toEqual([
      "Vendredi : les plages 09:00–14:30 et 14:00–19:00 se chevauchent.",
    ])
  })

  it("reports each range a long one swallows", () => {
    const hours = {
      ...CLOSED_ALL_WEEK,
      sat: [
        { open: "08:00", close: "20:00" },
        { open: "09:00", close: "10:00" },
        { open: "11:00", close: "12:00" },
      ],
    }
    expect(validateWeeklyHours(hours)).toHaveLength(2)
  })
})
