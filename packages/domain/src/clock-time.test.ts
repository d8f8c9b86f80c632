import { describe, expect, it } from "vitest"
import { formatClockTime, isWellFormedRange, parseClockTime } from "./clock-time"

describe("parseClockTime", () => {
  it("reads HH:MM as minutes since midnight", () => {
    expect(parseClockTime("00:00")).toBe(0)
    expect(parseClockTime("09:30")).toBe(570)
    expect(parseClockTime("23:59")).toBe(1439)
  })

  it.each(["9:30", "24:00", "12:60", "12h30", "12:30:00", " 12:30", ""])("rejects %j", (time) => {
    expect(parseClockTime(time)).toBeNull()
  })
})

describe("formatClockTime", () => {
  it("pads hours and minutes", () => {
    expect(formatClockTime(0)).toBe("00:00")
    expect(formatClockTime(545)).toBe("09:05")
    expect(formatClockTime(1439)).toBe("23:59")
  })
})

describe("isWellFormedRange", () => {
  it("accepts a range that closes after it opens", () => {
    expect(isWellFormedRange({ open: "09:00", close: "12:30" })).toBe(true)
  })

  it("refuses a range that does not close after it opens", () => {
    expect(isWellFormedRange({ open: "12:00", close: "12:00" })).toBe(false)
    expect(isWellFormedRange({ open: "14:00", close: "09:00" })).toBe(false)
  })

  it("refuses a malformed time", () => {
    expect(isWellFormedRange({ open: "9h", close: "12:00" })).toBe(false)
    expect(isWellFormedRange({ open: "09:00", close: "25:00" })).toBe(false)
  })
})
