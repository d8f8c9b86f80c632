import { describe, expect, it } from "vitest"
import {
  isPastPickupDeadline,
  isReminderDue,
  nextPickupStatus,
  refusedTransitionMessage,
  shopperCanCancel,
  type PickupAction,
  type PickupStatus,
} from "./pickup-lifecycle"

describe("nextPickupStatus", () => {
  it("walks the happy path placed → accepted → ready → collected", () => {
    expect(nextPickupStatus("placed", "accept")).toBe("accepted")
    expect(nextPickupStatus("accepted", "ready")).toBe("ready_for_pickup")
    expect(nextPickupStatus("ready_for_pickup", "collect")).toBe("collected")
  })

  it("refuses skipping steps and going backwards", () => {
    const refused: [PickupStatus, PickupAction][] = [
      ["placed", "ready"],
      ["placed", "collect"],
      ["accepted", "collect"],
      ["accepted", "accept"],
      ["ready_for_pickup", "accept"],
      ["ready_for_pickup", "cancel"],
      ["collected", "cancel"],
      ["collected", "no_show"],
      ["cancelled", "accept"],
      ["no_show", "collect"],
    ]
    for (const [status, action] of refused) expect(nextPickupStatus(status, action), `${status} ${action}`).toBeNull()
  })

  it("cancels before the order is ready, and records no-shows up to collection", () => {
    expect(nextPickupStatus("placed", "cancel")).toBe("cancelled")
    expect(nextPickupStatus("accepted", "cancel")).toBe("cancelled")
    expect(nextPickupStatus("ready_for_pickup", "no_show")).toBe("no_show")
    expect(nextPickupStatus("placed", "no_show")).toBe("no_show")
  })
})

describe("refusedTransitionMessage", () => {
  it("says in French what the order must be", () => {
    expect(refusedTransitionMessage("placed", "collect")).toBe(
      "Impossible de remettre une commande reçue : il faut qu'elle soit « prête à retirer »."
    )
  })
})

describe("shopperCanCancel", () => {
  it("is true only before the order is ready", () => {
    expect(shopperCanCancel("placed")).toBe(true)
    expect(shopperCanCancel("accepted")).toBe(true)
    expect(shopperCanCancel("ready_for_pickup")).toBe(false)
    expect(shopperCanCancel("collected")).toBe(false)
  })
})

describe("isPastPickupDeadline", () => {
  const slotEnd = new Date("2026-03-27T10:00:00Z")
  it("is reached exactly N days after the slot ended", () => {
    expect(isPastPickupDeadline(slotEnd, 3, new Date("2026-03-30T09:59:59Z"))).toBe(false)
    expect(isPastPickupDeadline(slotEnd, 3, new Date("2026-03-30T10:00:00Z"))).toBe(true)
  })
  it("with 0 days, is reached when the slot ends", () => {
    expect(isPastPickupDeadline(slotEnd, 0, slotEnd)).toBe(true)
  })
})

describe("isReminderDue", () => {
  // 28 November 2026: Paris is UTC+1.
  const slot = new Date("2026-11-28T15:00:00Z") // 16:00 in Miramas
  it("is due on the slot's day from 7:00 Miramas time until the slot starts", () => {
    expect(isReminderDue(slot, new Date("2026-11-28T05:59:00Z"))).toBe(false) // 6:59
    expect(isReminderDue(slot, new Date("2026-11-28T06:00:00Z"))).toBe(true) // 7:00
    expect(isReminderDue(slot, new Date("2026-11-28T14:59:00Z"))).toBe(true)
    expect(isReminderDue(slot, new Date("2026-11-28T15:00:00Z"))).toBe(false)
  })
  it("is not due the day before, even late in the evening UTC that is already the next day in Paris", () => {
    expect(isReminderDue(slot, new Date("2026-11-27T20:00:00Z"))).toBe(false)
    const earlySlot = new Date("2026-11-28T08:00:00Z")
    expect(isReminderDue(earlySlot, new Date("2026-11-27T23:30:00Z"))).toBe(false) // 00:30 on the 28th, before 7:00
  })
  it("follows summer time (UTC+2)", () => {
    const summerSlot = new Date("2026-07-14T10:00:00Z") // 12:00 in Miramas
    expect(isReminderDue(summerSlot, new Date("2026-07-14T05:00:00Z"))).toBe(true) // 7:00
    expect(isReminderDue(summerSlot, new Date("2026-07-14T04:59:00Z"))).toBe(false)
  })
})
