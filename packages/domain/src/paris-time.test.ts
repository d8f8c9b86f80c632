import { describe, expect, it } from "vitest"
import { addDays, fromParisWallClock, toParisWallClock, weekdayOf } from "./paris-time"

const at = (iso: string) => new Date(iso)

describe("toParisWallClock", () => {
  it("adds one hour in winter", () => {
    expect(toParisWallClock(at("2026-01-15T08:30:00Z"))).toEqual({
      date: "2026-01-15",
      weekday: "thu",
      minutes: 9 * 60 + 30,
    })
  })

  it("adds two hours in summer", () => {
    expect(toParisWallClock(at("2026-07-14T08:30:00Z"))).toEqual({
      date: "2026-07-14",
      weekday: "tue",
      minutes: 10 * 60 + 30,
    })
  })

  it("moves to the next Paris day late in the UTC evening", () => {
    expect(toParisWallClock(at("2026-07-14T22:15:00Z"))).toEqual({
      date: "2026-07-15",
      weekday: "wed",
      minutes: 15,
    })
  })

  it("drops seconds", () => {
    expect(toParisWallClock(at("2026-01-15T08:30:59.999Z")).minutes).toBe(9 * 60 + 30)
  })

  it("follows the spring change: 02:00 winter time becomes 03:00 summer time", () => {
    expect(toParisWallClock(at("2026-03-29T00:59:00Z")).minutes).toBe(1 * 60 + 59)
    expect(toParisWallClock(at("2026-03-29T01:00:00Z")).minutes).toBe(3 * 60)
  })

  it("follows the autumn change: 03:00 summer time becomes 02:00 winter time", () => {
    expect(toParisWallClock(at("2026-10-25T00:59:00Z")).minutes).toBe(2 * 60 + 59)
    expect(toParisWallClock(at("2026-10-25T01:00:00Z")).minutes).toBe(2 * 60)
  })
})

describe("fromParisWallClock", () => {
  it("subtracts one hour in winter and two in summer", () => {
    expect(fromParisWallClock("2026-01-15", "09:30").toISOString()).toBe("2026-01-15T08:30:00.000Z")
    expect(fromParisWallClock("2026-07-14", "09:30").toISOString()).toBe("2026-07-14T07:30:00.000Z")
  })

  it("reads midnight as the start of the Paris day", () => {
    expect(fromParisWallClock("2026-07-15", "00:00").toISOString()).toBe("2026-07-14T22:00:00.000Z")
  })

  it("uses the right offset on each side of the spring change", () => {
    expect(fromParisWallClock("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T00:30:00.000Z")
    expect(fromParisWallClock("2026-03-29", "03:00").toISOString()).toBe("2026-03-29T01:00:00.000Z")
    expect(fromParisWallClock("2026-03-29", "09:00").toISOString()).toBe("2026-03-29T07:00:00.000Z")
  })

  it("moves a time skipped in spring forward by the gap", () => {
    expect(fromParisWallClock("2026-03-29", "02:00").toISOString()).toBe("2026-03-29T01:00:00.000Z")
    expect(fromParisWallClock("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z")
  })

  it("uses the right offset on each side of the autumn change", () => {
    expect(fromParisWallClock("2026-10-25", "01:30").toISOString()).toBe("2026-10-24T23:30:00.000Z")
    expect(fromParisWallClock("2026-10-25", "03:00").toISOString()).toBe("2026-10-25T02:00:00.000Z")
    expect(fromParisWallClock("2026-10-25", "09:00").toISOString()).toBe("2026-10-25T08:00:00.000Z")
  })

  it("reads a time repeated in autumn as its first occurrence (summer time)", () => {
    expect(fromParisWallClock("2026-10-25", "02:00").toISOString()).toBe("2026-10-25T00:00:00.000Z")
    expect(fromParisWallClock("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z")
  })

  it("round-trips every quarter hour of both change days", () => {
    for (const date of ["2026-03-29", "2026-10-25"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`
        const wall = toParisWallClock(fromParisWallClock(date, time))
        const skipped = date === "2026-03-29" && minutes >= 120 && minutes < 180
        expect(wall).toMatchObject({ date, minutes: skipped ? minutes + 60 : minutes })
      }
    }
  })

  it("refuses malformed input", () => {
    expect(() => fromParisWallClock("2026-02-30", "09:00")).toThrow(RangeError)
    expect(() => fromParisWallClock("26-01-15", "09:00")).toThrow(RangeError)
    expect(() => fromParisWallClock("2026-01-15", "9:00")).toThrow(RangeError)
  })
})

describe("weekdayOf", () => {
  it("names the day of a calendar date", () => {
    expect(weekdayOf("2026-03-23")).toBe("mon")
    expect(weekdayOf("2026-03-29")).toBe("sun")
    expect(weekdayOf("2026-10-25")).toBe("sun")
  })
})

describe("addDays", () => {
  it("crosses months, leap days and years", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01")
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01")
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
  })

  it("counts calendar days, not 24-hour periods, across DST changes", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30")
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26")
  })

  it("refuses a date that does not exist", () => {
    expect(() => addDays("2026-13-01", 1)).toThrow(RangeError)
  })
})
