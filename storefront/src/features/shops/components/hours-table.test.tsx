import type { WeeklyHours } from "@mirashop/domain"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { HoursTable } from "./hours-table"

const hours: WeeklyHours = {
  mon: [
    { open: "14:00", close: "19:00" },
    { open: "09:00", close: "12:30" },
  ],
  tue: [{ open: "09:00", close: "19:00" }],
  wed: [],
  thu: [{ open: "09:00", close: "19:00" }],
  fri: [{ open: "09:00", close: "19:00" }],
  sat: [{ open: "08:00", close: "13:00" }],
  sun: [],
}

function renderTable(now: Date) {
  render(
    <>
      <h2 id="hours">Horaires d'ouverture</h2>
      <HoursTable hours={hours} labelledBy="hours" now={now} />
    </>
  )
  return screen.getByRole("table", { name: "Horaires d'ouverture" })
}

describe("opening hours table", () => {
  it("lists the week from Monday, periods in order, closed days said in words", () => {
    const table = renderTable(new Date("2026-06-10T10:00:00Z"))
    const rows = within(table).getAllByRole("row").slice(1)
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Lundi",
      "Mardi",
      "Mercredi (aujourd'hui)",
      "Jeudi",
      "Vendredi",
      "Samedi",
      "Dimanche",
    ])
    expect(within(rows[0]).getByRole("cell").textContent).toBe("09:00 – 12:30, 14:00 – 19:00")
    expect(within(rows[6]).getByRole("cell").textContent).toBe("Fermé")
  })

  it("highlights today, and only today", () => {
    const table = renderTable(new Date("2026-06-10T10:00:00Z")) // a Wednesday
    const today = within(table).getByRole("row", { current: "date" })
    expect(within(today).getByRole("rowheader").textContent).toBe("Mercredi (aujourd'hui)")
    expect(today.className).toBe("hours__today")
    expect(table.querySelectorAll(".hours__today")).toHaveLength(1)
  })

  it("takes today in Miramas: late Sunday evening in UTC is already Monday there", () => {
    const table = renderTable(new Date("2026-03-01T23:30:00Z")) // Sunday 23:30 UTC, Monday 00:30 Paris
    const today = within(table).getByRole("row", { current: "date" })
    expect(within(today).getByRole("rowheader").textContent).toBe("Lundi (aujourd'hui)")
  })
})
