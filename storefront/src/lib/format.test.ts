import { describe, expect, it } from "vitest"
import { formattersFor } from "./format"

// Intl separates numbers from units with (narrow) no-break spaces.
const spaces = (text: string) => text.replace(/\s/g, " ")

describe("formatters", () => {
  it("writes euro prices the French way, and the English way in English", () => {
    expect(spaces(formattersFor("fr-FR").price({ amount: 4.5, currency_code: "eur" }))).toBe(
      "4,50 €"
    )
    expect(formattersFor("en-GB").price({ amount: 1234.5, currency_code: "eur" })).toBe("€1,234.50")
  })

  it("prints a calendar date on the day it names, whatever the device's time zone", () => {
    expect(formattersFor("fr-FR").date("2026-12-24")).toBe("24 décembre 2026")
    expect(formattersFor("en-GB").date("2027-01-01")).toBe("1 January 2027")
  })

  it("says whole hours in hours and anything else in minutes", () => {
    expect(spaces(formattersFor("fr-FR").duration(30))).toBe("30 minutes")
    expect(spaces(formattersFor("fr-FR").duration(120))).toBe("2 heures")
    expect(spaces(formattersFor("en-GB").duration(90))).toBe("90 minutes")
  })
})

describe("pickup dates", () => {
  it("names the day of a slot, and its time on Miramas' clock whatever the device's zone", () => {
    expect(formattersFor("fr-FR").day("2026-12-01")).toBe("mardi 1 décembre")
    expect(formattersFor("fr-FR").dateTime("2026-12-01T08:30:00.000Z")).toBe(
      "mardi 1 décembre à 09:30"
    )
    expect(formattersFor("en-GB").dateTime("2026-07-01T08:30:00.000Z")).toBe(
      "Wednesday 1 July at 10:30"
    )
  })
})
