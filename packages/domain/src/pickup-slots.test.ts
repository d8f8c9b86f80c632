import { describe, expect, it } from "vitest"
import type { WeeklyHours } from "./hours.types"
import { computePickupSlots, isSlotBookable, type PickupSlotInput } from "./pickup-slots"

/** A grocer closed on Mondays, with a lunch break on weekdays and Sunday mornings only. */
const GROCER: WeeklyHours = {
  mon: [],
  tue: [
    { open: "09:00", close: "12:00" },
    { open: "14:00", close: "18:00" },
  ],
  wed: [
    { open: "09:00", close: "12:00" },
    { open: "14:00", close: "18:00" },
  ],
  thu: [
    { open: "09:00", close: "12:00" },
    { open: "14:00", close: "18:00" },
  ],
  fri: [
    { open: "09:00", close: "12:00" },
    { open: "14:00", close: "18:00" },
  ],
  sat: [{ open: "09:00", close: "12:00" }],
  sun: [{ open: "09:00", close: "12:00" }],
}

const MORNING_LABELS = ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
const AFTERNOON_LABELS = ["14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "17:00", "17:30"]

/** Tuesday 2026-01-13, 07:00 in Paris (winter time, UTC+1), one day of 30-minute slots. */
function input(overrides: Partial<PickupSlotInput> = {}): PickupSlotInput {
  return {
    hours: GROCER,
    closures: [],
    preparationMinutes: 0,
    slotMinutes: 30,
    capacity: 2,
    booked: {},
    now: new Date("2026-01-13T06:00:00Z"),
    days: 1,
    ...overrides,
  }
}

const labels = (overrides: Partial<PickupSlotInput>) =>
  computePickupSlots(input(overrides)).map((slot) => slot.label)
const dates = (overrides: Partial<PickupSlotInput>) => [
  ...new Set(computePickupSlots(input(overrides)).map((slot) => slot.date)),
]

describe("computePickupSlots", () => {
  it("describes each slot by its UTC instants and its Paris date and time", () => {
    expect(computePickupSlots(input())[0]).toEqual({
      start: "2026-01-13T08:00:00.000Z",
      end: "2026-01-13T08:30:00.000Z",
      date: "2026-01-13",
      label: "09:00",
      remaining: 2,
    })
  })

  it("cuts slots in each opening range and none during the lunch break", () => {
    expect(labels({})).toEqual([...MORNING_LABELS, ...AFTERNOON_LABELS])
  })

  it("only offers slots that end by the closing time", () => {
    const hours = { ...GROCER, tue: [{ open: "09:00", close: "10:45" }] }
    expect(labels({ hours })).toEqual(["09:00", "09:30", "10:00"])
    expect(labels({ hours, slotMinutes: 15 }).at(-1)).toBe("10:30")
  })

  it("offers today and the following days, 7 by default, in time order", () => {
    const slots = computePickupSlots(input({ days: undefined }))
    expect([...new Set(slots.map((slot) => slot.date))]).toEqual([
      "2026-01-13",
      "2026-01-14",
      "2026-01-15",
      "2026-01-16",
      "2026-01-17",
      "2026-01-18",
      // Monday 2026-01-19 is a closed weekday.
    ])
    const starts = slots.map((slot) => slot.start)
    expect(starts).toEqual(starts.toSorted())
  })

  it("offers nothing on a closed weekday", () => {
    expect(labels({ now: new Date("2026-01-12T06:00:00Z") })).toEqual([])
    expect(dates({ now: new Date("2026-01-12T06:00:00Z"), days: 2 })).toEqual(["2026-01-13"])
  })

  it("starts from the Paris day, not the UTC day", () => {
    // Monday 23:30 UTC is Tuesday 00:30 in Paris.
    expect(dates({ now: new Date("2026-01-12T23:30:00Z") })).toEqual(["2026-01-13"])
  })

  it("skips a single closure day", () => {
    const closures = [{ from: "2026-01-14", to: "2026-01-14", reason: "Inventaire" }]
    expect(dates({ closures, days: 3 })).toEqual(["2026-01-13", "2026-01-15"])
  })

  it("skips every day of a closure range, both ends included", () => {
    const closures = [{ from: "2026-01-14", to: "2026-01-17", reason: "Congés" }]
    expect(dates({ closures, days: 6 })).toEqual(["2026-01-13", "2026-01-18"])
  })

  describe("capacity", () => {
    it("counts down the remaining places of a partly booked slot", () => {
      const [first] = computePickupSlots(input({ booked: { "2026-01-13T08:00:00.000Z": 1 } }))
      expect(first).toMatchObject({ label: "09:00", remaining: 1 })
    })

    it("drops a slot once its bookings reach capacity", () => {
      const booked = { "2026-01-13T08:00:00.000Z": 2, "2026-01-13T08:30:00.000Z": 3 }
      expect(labels({ booked }).slice(0, 2)).toEqual(["10:00", "10:30"])
    })

    it("reads booked starts written in any ISO form", () => {
      const booked = { "2026-01-13T08:00:00Z": 2, "2026-01-13T09:00:00+01:00": 2 }
      expect(labels({ booked })[0]).toBe("09:30")
    })

    it("offers nothing with no capacity", () => {
      expect(labels({ capacity: 0 })).toEqual([])
    })
  })

  describe("preparation time", () => {
    it("drops slots starting before now plus preparation, keeping one starting exactly then", () => {
      // 09:00 Paris plus 90 minutes: 10:30.
      expect(labels({ now: new Date("2026-01-13T08:00:00Z"), preparationMinutes: 90 })[0]).toBe(
        "10:30"
      )
    })

    it("drops a slot whose start has passed when now falls inside it", () => {
      // 09:10 Paris: the 09:00 slot has started.
      expect(labels({ now: new Date("2026-01-13T08:10:00Z") })[0]).toBe("09:30")
    })

    it("moves to the afternoon range when preparation crosses the lunch break", () => {
      // 11:20 Paris plus 60 minutes: 12:20, during lunch.
      expect(labels({ now: new Date("2026-01-13T10:20:00Z"), preparationMinutes: 60 })).toEqual(
        AFTERNOON_LABELS
      )
    })

    it("moves to the next day when preparation runs past closing", () => {
      // 17:00 Paris plus 2 hours: 19:00, after closing.
      const slots = computePickupSlots(
        input({ now: new Date("2026-01-13T16:00:00Z"), preparationMinutes: 120, days: 2 })
      )
      expect(slots[0]).toMatchObject({ date: "2026-01-14", label: "09:00" })
    })
  })

  describe("DST changes", () => {
    const sundays = (now: string) =>
      computePickupSlots(input({ now: new Date(now), days: 2 })).filter(
        (slot) => slot.label === "09:00"
      )

    it("uses UTC+1 on the Saturday and UTC+2 on the Sunday of the spring change", () => {
      expect(sundays("2026-03-28T05:00:00Z").map((slot) => slot.start)).toEqual([
        "2026-03-28T08:00:00.000Z",
        "2026-03-29T07:00:00.000Z",
      ])
    })

    it("uses UTC+2 on the Saturday and UTC+1 on the Sunday of the autumn change", () => {
      expect(sundays("2026-10-24T05:00:00Z").map((slot) => slot.start)).toEqual([
        "2026-10-24T07:00:00.000Z",
        "2026-10-25T08:00:00.000Z",
      ])
    })

    /** Open 01:00–04:00 on Sundays; `now` is Sunday 00:00 in Paris. */
    const NIGHT_MARKET = { ...GROCER, sun: [{ open: "01:00", close: "04:00" }] }

    it("offers the two real hours of a 01:00–04:00 opening on the spring night", () => {
      const slots = computePickupSlots(
        input({ hours: NIGHT_MARKET, now: new Date("2026-03-28T23:00:00Z") })
      )
      expect(slots.map((slot) => [slot.label, slot.start])).toEqual([
        ["01:00", "2026-03-29T00:00:00.000Z"],
        ["01:30", "2026-03-29T00:30:00.000Z"],
        ["03:00", "2026-03-29T01:00:00.000Z"],
        ["03:30", "2026-03-29T01:30:00.000Z"],
      ])
    })

    it("offers the four real hours of a 01:00–04:00 opening on the autumn night", () => {
      const slots = computePickupSlots(
        input({ hours: NIGHT_MARKET, now: new Date("2026-10-24T22:00:00Z") })
      )
      expect(slots.map((slot) => [slot.label, slot.start])).toEqual([
        ["01:00", "2026-10-24T23:00:00.000Z"],
        ["01:30", "2026-10-24T23:30:00.000Z"],
        ["02:00", "2026-10-25T00:00:00.000Z"],
        ["02:30", "2026-10-25T00:30:00.000Z"],
        ["02:00", "2026-10-25T01:00:00.000Z"],
        ["02:30", "2026-10-25T01:30:00.000Z"],
        ["03:00", "2026-10-25T02:00:00.000Z"],
        ["03:30", "2026-10-25T02:30:00.000Z"],
      ])
      for (const slot of slots) {
        expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(30 * 60_000)
      }
    })
  })

  it("refuses settings that cannot cut slots", () => {
    expect(() => computePickupSlots(input({ slotMinutes: 0 }))).toThrow(RangeError)
    expect(() => computePickupSlots(input({ slotMinutes: 7.5 }))).toThrow(RangeError)
    expect(() => computePickupSlots(input({ days: -1 }))).toThrow(RangeError)
    expect(() => computePickupSlots(input({ preparationMinutes: -5 }))).toThrow(RangeError)
  })
})

describe("isSlotBookable", () => {
  it("accepts an offered slot, in any ISO form", () => {
    expect(isSlotBookable("2026-01-13T08:00:00.000Z", input())).toBe(true)
    expect(isSlotBookable("2026-01-13T09:00:00+01:00", input())).toBe(true)
  })

  it("refuses a slot filled since it was chosen", () => {
    expect(
      isSlotBookable(
        "2026-01-13T08:00:00.000Z",
        input({ booked: { "2026-01-13T08:00:00.000Z": 2 } })
      )
    ).toBe(false)
  })

  it("refuses a slot that now starts too soon", () => {
    const later = input({ now: new Date("2026-01-13T07:45:00Z"), preparationMinutes: 30 })
    expect(isSlotBookable("2026-01-13T08:00:00.000Z", later)).toBe(false)
    expect(isSlotBookable("2026-01-13T08:30:00.000Z", later)).toBe(true)
  })

  it("refuses a start that is not a slot boundary, a closure day or a break", () => {
    expect(isSlotBookable("2026-01-13T08:10:00.000Z", input())).toBe(false)
    expect(isSlotBookable("2026-01-13T11:30:00.000Z", input())).toBe(false)
    const closures = [{ from: "2026-01-13", to: "2026-01-13" }]
    expect(isSlotBookable("2026-01-13T08:00:00.000Z", input({ closures }))).toBe(false)
  })

  it("refuses a slot beyond the offered days and a value that is not a date", () => {
    expect(isSlotBookable("2026-01-14T08:00:00.000Z", input())).toBe(false)
    expect(isSlotBookable("demain 9h", input())).toBe(false)
  })
})
