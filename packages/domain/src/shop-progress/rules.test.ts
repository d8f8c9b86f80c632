import { describe, expect, it } from "vitest"
import { measureAcceptance } from "./acceptance"
import type { OrderFacts, ProductFacts, ProgressFacts } from "./facts"
import { coachingItems, onboardingSteps, shopProgress } from "./rules"

const NOW = new Date("2026-11-28T12:00:00Z")
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const ago = (ms: number) => new Date(NOW.getTime() - ms)

function facts(overrides: Partial<Omit<ProgressFacts, "shop">> & { shop?: Partial<ProgressFacts["shop"]> } = {}): ProgressFacts {
  const { shop, ...rest } = overrides
  return {
    shop: {
      status: "pending",
      description: "",
      phone: "",
      logo_url: null,
      address_line1: "",
      latitude: null,
      longitude: null,
      opening_hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      closures_count: 0,
      pickup_instructions: "",
      preparation_minutes: 60,
      slot_capacity: 4,
      accepts_pay_at_pickup: true,
      accepts_online_payment: true,
      ...shop,
    },
    products: [],
    recent_orders: [],
    online_payment_available: false,
    current_campaign: null,
    now: NOW,
    ...rest,
  }
}

function product(overrides: Partial<ProductFacts> = {}): ProductFacts {
  return {
    published: true,
    description_length: 150,
    has_photo: true,
    has_price: true,
    available: 5,
    stock_changed_at: ago(DAY),
    ...overrides,
  }
}

const step = (f: ProgressFacts, id: string) => onboardingSteps(f).find((s) => s.id === id)!
const coaching = (f: ProgressFacts, id: string) => coachingItems(f).find((s) => s.id === id)!

describe("onboarding steps", () => {
  it("starts a fresh shop with everything to do but the defaults it really has", () => {
    const steps = onboardingSteps(facts())
    expect(steps.map((s) => [s.id, s.state])).toEqual([
      ["profile", "todo"],
      ["address", "todo"],
      ["hours", "todo"],
      ["pickup", "todo"],
      ["payments", "done"],
      ["first_product", "todo"],
      ["approval", "waiting"],
    ])
    expect(step(facts(), "pickup").missing).toEqual(["instructions"])
    expect(step(facts(), "first_product").route).toBe("/produits/nouveau")
  })

  it("lists what the profile still lacks and counts the rest", () => {
    const profile = step(facts({ shop: { description: "Pains au levain et viennoiseries maison.", logo_url: null, phone: "04 90 00 00 00" } }), "profile")
    expect(profile).toMatchObject({ state: "todo", value: 2, target: 3, missing: ["logo"], progress: 0.67 })
  })

  it("needs both an address and a place on the map", () => {
    expect(step(facts({ shop: { address_line1: "1 place Jean Jaurès", latitude: 43.58 } }), "address").missing).toEqual(["coordinates"])
    expect(step(facts({ shop: { address_line1: "1 place Jean Jaurès", latitude: 43.58, longitude: 5.0 } }), "address").state).toBe("done")
  })

  it("counts hours done from one opening period", () => {
    const hours = { mon: [], tue: [{ open: "08:00", close: "12:00" }], wed: [], thu: [], fri: [], sat: [], sun: [] }
    expect(step(facts({ shop: { opening_hours: hours } }), "hours").state).toBe("done")
  })

  it("refuses online payment alone while the platform has no card payments", () => {
    const onlineOnly = { accepts_pay_at_pickup: false, accepts_online_payment: true }
    expect(step(facts({ shop: onlineOnly }), "payments").state).toBe("todo")
    expect(step(facts({ shop: onlineOnly, online_payment_available: true }), "payments").state).toBe("done")
  })

  it("wants one product that has a photo, a price and stock all at once", () => {
    const split = [product({ has_photo: false }), product({ available: 0 })]
    expect(step(facts({ products: split }), "first_product")).toMatchObject({ state: "todo", value: 3, target: 4 })
    expect(step(facts({ products: [...split, product()] }), "first_product").state).toBe("done")
    expect(step(facts({ products: split }), "first_product").route).toBe("/produits")
  })

  it("follows the city's decision", () => {
    expect(step(facts({ shop: { status: "approved" } }), "approval").state).toBe("done")
    expect(step(facts({ shop: { status: "suspended" } }), "approval")).toMatchObject({ state: "todo", missing: ["suspended"] })
  })
})

describe("coaching items", () => {
  it("measures the catalogue size against 10 published products", () => {
    const products = [...Array.from({ length: 4 }, () => product()), product({ published: false })]
    expect(coaching(facts({ products }), "ten_products")).toMatchObject({ value: 4, target: 10, progress: 0.4, state: "todo" })
  })

  it("gives photos and descriptions as a share of published products", () => {
    const products = [product(), product({ has_photo: false, description_length: 99 }), product({ published: false, has_photo: false })]
    expect(coaching(facts({ products }), "photos")).toMatchObject({ value: 50, target: 100, state: "todo" })
    expect(coaching(facts({ products }), "descriptions")).toMatchObject({ value: 50, state: "todo" })
    expect(coaching(facts({ products: [product()] }), "photos").state).toBe("done")
    expect(coaching(facts(), "photos")).toMatchObject({ value: null, state: "todo", progress: 0 })
  })

  it("only blames stock out for 7 days or more on a published product", () => {
    const products = [
      product({ available: 0, stock_changed_at: ago(8 * DAY) }),
      product({ available: 0, stock_changed_at: ago(2 * DAY) }),
      product({ published: false, available: 0, stock_changed_at: ago(30 * DAY) }),
      product(),
    ]
    expect(coaching(facts({ products }), "stock_fresh")).toMatchObject({ value: 1, target: 0, state: "todo" })
    expect(coaching(facts({ products: products.slice(1) }), "stock_fresh").state).toBe("done")
  })

  it("reports the city campaign as not available while there is none", () => {
    expect(coaching(facts(), "campaign").state).toBe("unavailable")
    expect(coaching(facts({ current_campaign: { id: "noel", joined: true } }), "campaign").state).toBe("done")
  })

  it("waits for orders before judging acceptance, then compares with 90 %", () => {
    expect(coaching(facts(), "fast_acceptance")).toMatchObject({ state: "waiting", value: null })
    const onTime: OrderFacts = { created_at: ago(10 * HOUR), accepted_at: ago(9 * HOUR), cancelled_at: null, cancelled_by: null }
    const late: OrderFacts = { created_at: ago(10 * HOUR), accepted_at: ago(5 * HOUR), cancelled_at: null, cancelled_by: null }
    expect(coaching(facts({ recent_orders: [onTime, onTime, late] }), "fast_acceptance")).toMatchObject({ value: 67, target: 90, state: "todo" })
    expect(coaching(facts({ recent_orders: Array.from({ length: 9 }, () => onTime).concat(late) }), "fast_acceptance").state).toBe("done")
  })

  it("asks for a 100-character shop description and opening hours", () => {
    const hours = { mon: [{ open: "08:00", close: "12:00" }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }
    expect(coaching(facts({ shop: { description: "Court.", opening_hours: hours } }), "shop_complete").missing).toEqual(["description"])
    expect(coaching(facts({ shop: { description: "x".repeat(100), opening_hours: hours } }), "shop_complete").state).toBe("done")
  })
})

describe("measureAcceptance", () => {
  const order = (created: number, answered: Partial<OrderFacts> = {}): OrderFacts => ({
    created_at: ago(created),
    accepted_at: null,
    cancelled_at: null,
    cancelled_by: null,
    ...answered,
  })

  it("counts unanswered orders past 2 hours as late and leaves younger ones out", () => {
    expect(measureAcceptance([order(3 * HOUR), order(HOUR)], NOW)).toEqual({ measured: 1, on_time: 0, percent: 0 })
  })

  it("takes a refusal by the shop as an answer and ignores shopper cancellations", () => {
    const refused = order(5 * HOUR, { cancelled_by: "shop", cancelled_at: ago(4 * HOUR) })
    const withdrawn = order(5 * HOUR, { cancelled_by: "shopper", cancelled_at: ago(4.9 * HOUR) })
    expect(measureAcceptance([refused, withdrawn], NOW)).toEqual({ measured: 1, on_time: 1, percent: 100 })
  })

  it("forgets orders older than 30 days", () => {
    expect(measureAcceptance([order(31 * DAY)], NOW).measured).toBe(0)
  })

  it("accepts exactly at 2 hours as on time", () => {
    expect(measureAcceptance([order(3 * HOUR, { accepted_at: ago(HOUR) })], NOW).on_time).toBe(1)
  })
})

describe("shopProgress", () => {
  it("stays in onboarding until the city approves, then coaches", () => {
    expect(shopProgress(facts()).phase).toBe("onboarding")
    const live = shopProgress(facts({ shop: { status: "approved" } }))
    expect(live.phase).toBe("coaching")
    expect(live.onboarding).toMatchObject({ total: 7 })
    expect(live.measured_at).toBe(NOW.toISOString())
  })
})

describe("checklist rules at their edges", () => {
  it("counts a shop description of exactly 30 characters, not 29, and ignores surrounding spaces", () => {
    const base = { phone: "04 90 00 00 00", logo_url: "/static/logo.webp" }
    expect(step(facts({ shop: { ...base, description: "x".repeat(30) } }), "profile").state).toBe(
      "done"
    )
    expect(
      step(facts({ shop: { ...base, description: "x".repeat(29) } }), "profile").missing
    ).toEqual(["description"])
    expect(
      step(facts({ shop: { ...base, description: ` ${"x".repeat(29)}   ` } }), "profile").missing
    ).toEqual(["description"])
    expect(
      step(facts({ shop: { ...base, phone: "   ", description: "x".repeat(30) } }), "profile")
        .missing
    ).toEqual(["phone"])
  })

  it("takes a latitude or longitude of 0 as a place on the map (only null is missing)", () => {
    expect(
      step(facts({ shop: { address_line1: "Null Island", latitude: 0, longitude: 0 } }), "address")
        .state
    ).toBe("done")
    expect(
      step(facts({ shop: { address_line1: "   ", latitude: 43.58, longitude: 5 } }), "address")
        .missing
    ).toEqual(["address"])
  })

  it("needs a preparation time and a capacity above zero for pickup", () => {
    const pickup = step(
      facts({
        shop: { pickup_instructions: "Au comptoir.", preparation_minutes: 0, slot_capacity: 0 },
      }),
      "pickup"
    )
    expect(pickup).toMatchObject({
      state: "todo",
      missing: ["preparation", "capacity"],
      value: 1,
      target: 3,
    })
  })

  it("leaves payments to do when the shop turns both modes off, even with card payments on the platform", () => {
    const none = { accepts_pay_at_pickup: false, accepts_online_payment: false }
    expect(step(facts({ shop: none, online_payment_available: true }), "payments").state).toBe(
      "todo"
    )
  })

  it("does not take a draft or an unpriced product as the first product", () => {
    expect(
      step(facts({ products: [product({ has_price: false })] }), "first_product").missing
    ).toEqual(["price"])
    expect(step(facts({ products: [product({ published: false })] }), "first_product").state).toBe(
      "done"
    )
  })

  it("reaches the catalogue target at exactly 10 published products, drafts left out", () => {
    const ten = Array.from({ length: 10 }, () => product())
    expect(coaching(facts({ products: ten }), "ten_products").state).toBe("done")
    expect(
      coaching(
        facts({ products: [...ten.slice(1), product({ published: false })] }),
        "ten_products"
      )
    ).toMatchObject({ value: 9, state: "todo" })
  })

  it("counts a product description of exactly 100 characters as rich", () => {
    expect(
      coaching(facts({ products: [product({ description_length: 100 })] }), "descriptions").state
    ).toBe("done")
  })

  it("counts out of stock since exactly 7 days as stale, a minute less as fresh, and no stock record as stale", () => {
    const exactly = product({ available: 0, stock_changed_at: ago(7 * DAY) })
    const almost = product({ available: 0, stock_changed_at: ago(7 * DAY - 60_000) })
    const neverStocked = product({ available: 0, stock_changed_at: null })
    expect(coaching(facts({ products: [exactly] }), "stock_fresh").value).toBe(1)
    expect(coaching(facts({ products: [almost] }), "stock_fresh").state).toBe("done")
    expect(coaching(facts({ products: [neverStocked] }), "stock_fresh").value).toBe(1)
  })

  it("does not call the stock up to date for a shop with nothing published", () => {
    expect(
      coaching(facts({ products: [product({ published: false })] }), "stock_fresh")
    ).toMatchObject({ state: "todo", progress: 0 })
  })

  it("asks to join a running campaign the shop has not joined", () => {
    expect(
      coaching(facts({ current_campaign: { id: "ete", joined: false } }), "campaign")
    ).toMatchObject({ state: "todo", value: 0 })
  })

  it("keeps waiting while every order is still inside its 2 hours", () => {
    const young: OrderFacts = {
      created_at: ago(HOUR),
      accepted_at: null,
      cancelled_at: null,
      cancelled_by: null,
    }
    expect(coaching(facts({ recent_orders: [young] }), "fast_acceptance").state).toBe("waiting")
  })

  it("goes back to onboarding when the city suspends a live shop", () => {
    expect(shopProgress(facts({ shop: { status: "suspended" } })).phase).toBe("onboarding")
  })
})

describe("checklist rules at more edges", () => {
  it("counts an order accepted one millisecond past 2 hours as late", () => {
    const created = ago(5 * HOUR)
    const late: OrderFacts = { created_at: created, accepted_at: new Date(created.getTime() + 2 * HOUR + 1), cancelled_at: null, cancelled_by: null }
    expect(measureAcceptance([late], NOW)).toEqual({ measured: 1, on_time: 0, percent: 0 })
  })

  it("still counts an order placed exactly 30 days ago, not one a millisecond older", () => {
    const answered = (created: Date): OrderFacts => ({ created_at: created, accepted_at: new Date(created.getTime() + HOUR), cancelled_at: null, cancelled_by: null })
    expect(measureAcceptance([answered(ago(30 * DAY))], NOW).measured).toBe(1)
    expect(measureAcceptance([answered(ago(30 * DAY + 1))], NOW).measured).toBe(0)
  })

  it("counts a shop's own cancellation after 2 hours as a late answer", () => {
    const refusedLate: OrderFacts = { created_at: ago(6 * HOUR), accepted_at: null, cancelled_at: ago(HOUR), cancelled_by: "shop" }
    expect(measureAcceptance([refusedLate], NOW)).toEqual({ measured: 1, on_time: 0, percent: 0 })
  })

  it("shows stock progress as the share of published products not out of stock for long", () => {
    const products = [product({ available: 0, stock_changed_at: ago(10 * DAY) }), product(), product(), product()]
    expect(coaching(facts({ products }), "stock_fresh")).toMatchObject({ state: "todo", value: 1, progress: 0.75 })
  })

  it("keeps a product with stock fresh however old its last stock change", () => {
    expect(coaching(facts({ products: [product({ stock_changed_at: ago(365 * DAY) })] }), "stock_fresh").state).toBe("done")
  })

  it("rounds progress to two decimals and caps it at 1", () => {
    const products = Array.from({ length: 12 }, () => product())
    expect(coaching(facts({ products }), "ten_products")).toMatchObject({ value: 12, progress: 1, state: "done" })
    const three = Array.from({ length: 3 }, (_, n) => product({ has_photo: n === 0 }))
    expect(coaching(facts({ products: three }), "photos")).toMatchObject({ value: 33, progress: 0.33 })
  })

  it("counts each list's items done and its overall share", () => {
    const live = shopProgress(facts({ shop: { status: "approved" } }))
    expect(live.onboarding.done).toBe(live.onboarding.items.filter((entry) => entry.state === "done").length)
    expect(live.onboarding.progress).toBe(Math.round((live.onboarding.done / 7) * 100) / 100)
    expect(live.coaching.total).toBe(7)
  })

  it("takes an empty day list as closed and a missing day as closed too", () => {
    // Hours come from a JSON column: an old row may lack some days.
    const onlySunday = { sun: [{ open: "09:00", close: "12:00" }] } as ProgressFacts["shop"]["opening_hours"]
    expect(step(facts({ shop: { opening_hours: onlySunday } }), "hours").state).toBe("done")
    const none = {} as ProgressFacts["shop"]["opening_hours"]
    expect(step(facts({ shop: { opening_hours: none } }), "hours").missing).toEqual(["hours"])
  })

  it("carries a French title, a reason and a lesson on every item", () => {
    const all = [...onboardingSteps(facts()), ...coachingItems(facts())]
    for (const entry of all) {
      expect(entry.title.length, entry.id).toBeGreaterThan(5)
      expect(entry.why.length, entry.id).toBeGreaterThan(20)
      expect(entry.lesson, entry.id).toMatch(/^[a-z-]+$/)
    }
  })
})
