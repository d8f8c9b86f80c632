import type { ShopStats } from "../api/stats"

/** The series as CSV rows (period, orders, sales), ready for a spreadsheet. */
export function statsToRows(stats: ShopStats, headers: { period: string; orders: string; sales: string }): (string | number)[][] {
  return [
    [headers.period, headers.orders, headers.sales],
    // A decimal comma: French spreadsheets read "12,50" as a number, not "12.50".
    ...stats.series.map((point) => [point.period, point.orders, point.sales.toFixed(2).replace(".", ",")]),
  ]
}
