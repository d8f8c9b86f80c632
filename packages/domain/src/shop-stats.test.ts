import { describe, expect, it } from "vitest"
import { periodStart, shopStats, type StatsOrderFact } from "./shop-stats"

function order(overrides: Partial<StatsOrderFact> = {}): StatsOrderFact {
  return {
    created_at: new Date("2026-11-10T10:00:00Z"),
    status: "collected",
    total: 12.5,
    accepted_at: null,
    ready_at: null,
    from_campaign: false,
    lines: [{ product_id: "prod_pain", title: "Pain", quantity: 1, amount: 12.5 }],
    ...overrides,
  }
}

describe("periodStart", () => {
  it("keeps a day, and takes a week back to its Monday", () => {
    expect(periodStart("2026-11-12", "day")).toBe("2026-11-12")
    expect(periodStart("2026-11-12", "week")).toBe("2026-11-09")
    expect(periodStart("2026-11-15", "week")).toBe("2026-11-09")
    expect(periodStart("2026-11-09", "week")).toBe("2026-11-09")
  })
})

describe("shopStats", () => {
  it("lists every day of the range, quiet days with zeros", () => {
    const stats = shopStats([order()], { from: "2026-11-09", to: "2026-11-11", granularity: "day" })
    expect(stats.series).toEqual([
      { period: "2026-11-09", orders: 0, sales: 0 },
      { period: "2026-11-10", orders: 1, sales: 12.5 },
      { period: "2026-11-11", orders: 0, sales: 0 },
    ])
  })

  it("counts an order on its Paris day: 23:30 UTC on the 10th is the 11th in Miramas", () => {
    const stats = shopStats([order({ created_at: new Date("2026-11-10T23:30:00Z") })], { from: "2026-11-10", to: "2026-11-11", granularity: "day" })
    expect(stats.series.map((point) => point.orders)).toEqual([0, 1])
  })

  it("leaves out orders placed outside the range", () => {
    const stats = shopStats([order({ created_at: new Date("2026-10-01T10:00:00Z") })], { from: "2026-11-09", to: "2026-11-11", granularity: "day" })
    expect(stats.orders).toBe(0)
    expect(stats.no_show_rate).toBeNull()
    expect(stats.average_preparation_minutes).toBeNull()
  })

  it("groups weeks from Monday, the first one starting before the range", () => {
    const stats = shopStats([order({ created_at: new Date("2026-11-12T09:00:00Z") }), order({ created_at: new Date("2026-11-17T09:00:00Z") })], { from: "2026-11-11", to: "2026-11-20", granularity: "week" })
    expect(stats.series).toEqual([
      { period: "2026-11-09", orders: 1, sales: 12.5 },
      { period: "2026-11-16", orders: 1, sales: 12.5 },
    ])
  })

  it("counts cancelled and no-show orders as orders but not as sales", () => {
    const stats = shopStats([order(), order({ status: "cancelled" }), order({ status: "no_show" })], { from: "2026-11-10", to: "2026-11-10", granularity: "day" })
    expect(stats.orders).toBe(3)
    expect(stats.sales).toBe(12.5)
    expect(stats.top_products).toEqual([{ product_id: "prod_pain", title: "Pain", quantity: 1, sales: 12.5 }])
  })

  it("measures no-shows among finished pickups only", () => {
    const stats = shopStats([order(), order({ status: "no_show" }), order({ status: "ready_for_pickup" })], { from: "2026-11-10", to: "2026-11-10", granularity: "day" })
    expect(stats.no_show_rate).toBe(0.5)
  })

  it("averages the minutes from accepted to ready", () => {
    const accepted_at = new Date("2026-11-10T10:00:00Z")
    const stats = shopStats(
      [
        order({ accepted_at, ready_at: new Date("2026-11-10T10:20:00Z") }),
        order({ accepted_at, ready_at: new Date("2026-11-10T10:40:00Z") }),
        order({ accepted_at }),
      ],
      { from: "2026-11-10", to: "2026-11-10", granularity: "day" }
    )
    expect(stats.average_preparation_minutes).toBe(30)
  })

  it("ranks products by sales and keeps five", () => {
    const lines = ["A", "B", "C", "D", "E", "F"].map((title, index) => ({ product_id: title, title, quantity: 1, amount: index + 1 }))
    const stats = shopStats([order({ lines })], { from: "2026-11-10", to: "2026-11-10", granularity: "day" })
    expect(stats.top_products.map((product) => product.title)).toEqual(["F", "E", "D", "C", "B"])
  })

  it("counts campaign orders, zero when none", () => {
    const range = { from: "2026-11-10", to: "2026-11-10", granularity: "day" } as const
    expect(shopStats([order()], range).campaign_orders).toBe(0)
    expect(shopStats([order({ from_campaign: true }), order()], range).campaign_orders).toBe(1)
  })
})
