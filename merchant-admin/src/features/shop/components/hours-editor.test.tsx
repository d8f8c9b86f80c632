import type { WeeklyHours } from "@mirashop/domain"
import { render, screen } from "@testing-library/react"
import userEvent from "@testing-library/user-event"
import { useState } from "react"
import { describe, expect, it } from "vitest"
import { cleanClosures } from "../routes/hours"
import { HoursEditor, nextRange } from "./hours-editor"

const CLOSED: WeeklyHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }

function Harness({ onChange }: { onChange: (hours: WeeklyHours) => void }) {
  const [hours, setHours] = useState(CLOSED)
  return (
    <HoursEditor
      hours={hours}
      onChange={(next) => {
        setHours(next)
        onChange(next)
      }}
    />
  )
}

describe("opening hours editor", () => {
  it("offers a morning first, then an afternoon after a lunch break", () => {
    expect(nextRange([])).toEqual({ open: "09:00", close: "12:00" })
    expect(nextRange([{ open: "08:00", close: "12:30" }])).toEqual({ open: "14:00", close: "19:00" })
  })

  it("adds and edits a period with labelled controls, by keyboard", async () => {
    let latest = CLOSED
    render(<Harness onChange={(hours) => (latest = hours)} />)
    const user = userEvent.setup()
    await user.click(screen.getByRole("button", { name: "Ajouter une plage le mardi" }))
    const close = screen.getByLabelText("mardi, plage 1 : fermeture")
    await user.clear(close)
    await user.type(close, "12:30")
    expect(latest.tue).toEqual([{ open: "09:00", close: "12:30" }])
    await user.click(screen.getByRole("button", { name: "Retirer mardi, plage 1" }))
    expect(latest.tue).toEqual([])
  })

  it("sends closures with an end date and without empty reasons", () => {
    expect(
      cleanClosures([
        { from: "2026-12-24", to: "", reason: " " },
        { from: "", to: "", reason: "" },
        { from: "2026-08-10", to: "2026-08-24", reason: "Congés" },
      ])
    ).toEqual([
      { from: "2026-12-24", to: "2026-12-24" },
      { from: "2026-08-10", to: "2026-08-24", reason: "Congés" },
    ])
  })
})
