import { describe, expect, it } from "vitest"
import type { ShopStats } from "../api/stats"
import { statsToRows } from "./stats-csv"

describe("statsToRows", () => {
  it("writes one row per period with a decimal comma", () => {
    const stats = { series: [{ period: "2026-11-09", orders: 2, sales: 12.5 }, { period: "2026-11-10", orders: 0, sales: 0 }] } as Pick<ShopStats, "series">
    expect(statsToRows(stats as ShopStats, { period: "Période", orders: "Commandes", sales: "Ventes (€)" })).toEqual([
      ["Période", "Commandes", "Ventes (€)"],
      ["2026-11-09", 2, "12,50"],
      ["2026-11-10", 0, "0,00"],
    ])
  })
})
