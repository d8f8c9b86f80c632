import type { ShopPickup } from "@mirashop/contract"
import { render, screen } from "@testing-library/react"
import userEvent from "@testing-library/user-event"
import { describe, expect, it, vi } from "vitest"
import { SlotPicker, slotsByDay } from "./slot-picker"

const slot = (date: string, label: string, start: string) => ({
  start,
  end: start,
  date,
  label,
  remaining: 2,
})

function aPickup(overrides: Partial<ShopPickup> = {}): ShopPickup {
  return {
    shop: {
      id: "shop_fleurs",
      handle: "atelier-des-fleurs",
      name: "L'Atelier des Fleurs",
      address: { line1: "3 rue Pasteur", postal_code: "13140", city: "Miramas" },
      pickup_instructions: "",
      accepts_pay_at_pickup: true,
      accepts_online_payment: false,
    },
    items: [],
    subtotal: { amount: 12, currency_code: "eur" },
    slots: [
      slot("2026-12-01", "09:00", "2026-12-01T08:00:00.000Z"),
      slot("2026-12-01", "09:30", "2026-12-01T08:30:00.000Z"),
      slot("2026-12-02", "10:00", "2026-12-02T09:00:00.000Z"),
    ],
    selected_slot: null,
    ...overrides,
  }
}

describe("slot picker", () => {
  it("groups slots by day, in the order they come", () => {
    expect(slotsByDay(aPickup().slots).map((d) => [d.date, d.slots.map((s) => s.label)])).toEqual([
      ["2026-12-01", ["09:00", "09:30"]],
      ["2026-12-02", ["10:00"]],
    ])
  })

  it("offers the shop's slots by day and hands over the chosen start, keyboard only", async () => {
    const onChoose = vi.fn()
    render(<SlotPicker pickup={aPickup()} saving={false} error={null} onChoose={onChoose} />)
    const select = screen.getByRole("combobox", {
      name: "Créneau de retrait chez L'Atelier des Fleurs",
    })
    expect(screen.getByRole("group", { name: "mardi 1 décembre" })).toBeTruthy()
    const user = userEvent.setup()
    await user.selectOptions(select, "mercredi 2 décembre à 10:00")
    expect(onChoose).toHaveBeenCalledWith("2026-12-02T09:00:00.000Z")
  })

  it("says which slot is saved, and ties an error to the list", () => {
    render(
      <SlotPicker
        pickup={aPickup({ selected_slot: "2026-12-01T08:30:00.000Z" })}
        saving={false}
        error="Ce créneau n'est plus disponible."
        onChoose={() => undefined}
      />
    )
    const select = screen.getByRole<HTMLSelectElement>("combobox")
    expect(select.value).toBe("2026-12-01T08:30:00.000Z")
    expect(screen.getByRole("status").textContent).toBe(
      "Créneau enregistré : mardi 1 décembre à 09:30"
    )
    expect(select.getAttribute("aria-invalid")).toBe("true")
    const describedBy = select.getAttribute("aria-describedby")?.split(" ") ?? []
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      "Ce créneau n'est plus disponible."
    )
  })

  it("says so when the shop has no slot left this week", () => {
    render(
      <SlotPicker
        pickup={aPickup({ slots: [] })}
        saving={false}
        error={null}
        onChoose={() => undefined}
      />
    )
    expect(screen.queryByRole("combobox")).toBeNull()
    expect(screen.getByText(/Aucun créneau/)).toBeTruthy()
  })
})
