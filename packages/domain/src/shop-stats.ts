import { addDays, toParisWallClock, weekdayOf } from "./paris-time"
import { WEEKDAYS } from "./hours.types"
import type { PickupStatus } from "./pickup-lifecycle"

/** How a statistics series is cut: one point per Paris day, or per week starting on Monday. */
export type StatsGranularity = "day" | "week"

/** What the statistics need to know of one order of the shop. */
export interface StatsOrderFact {
  created_at: Date
  status: PickupStatus
  /** Order total in the currency's main unit (euros). */
  total: number
  accepted_at: Date | null
  ready_at: Date | null
  /** The order used a promotion that belongs to a city campaign. */
  from_campaign: boolean
  lines: { product_id: string | null; title: string; quantity: number; amount: number }[]
}

/** One point of the series: orders placed and sales in a period starting on `period` (Paris date). */
export interface StatsPoint {
  period: string
  orders: number
  sales: number
}

/** A product's share of the period's sales. */
export interface StatsTopProduct {
  product_id: string | null
  title: string
  quantity: number
  sales: number
}

/** A shop's figures over a period of Paris dates. */
export interface ShopStatsFigures {
  series: StatsPoint[]
  orders: number
  sales: number
  top_products: StatsTopProduct[]
  /** Mean minutes from accepted to ready; null without any prepared order. */
  average_preparation_minutes: number | null
  /** No-shows among orders whose pickup is over (collected or not collected); null when none. */
  no_show_rate: number | null
  campaign_orders: number
}

/** Orders in these states bring no money: they are left out of sales and top products. */
const WITHOUT_SALE: readonly PickupStatus[] = ["cancelled", "no_show"]
const TOP_PRODUCTS = 5

/** The first day of the period (Paris date) a date belongs to. */
export function periodStart(date: string, granularity: StatsGranularity): string {
  return granularity === "day" ? date : addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)))
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/**
 * Sales, orders, top products, preparation time, no-show rate and campaign orders of the
 * orders placed between `from` and `to` (inclusive Paris dates). Every period of the range
 * appears in the series, empty ones with zeros, so a chart shows the quiet days too.
 */
export function shopStats(
  orders: StatsOrderFact[],
  range: { from: string; to: string; granularity: StatsGranularity }
): ShopStatsFigures {
  const points = new Map<string, StatsPoint>()
  for (let day = periodStart(range.from, range.granularity); day <= range.to; day = addDays(day, range.granularity === "day" ? 1 : 7)) {
    points.set(day, { period: day, orders: 0, sales: 0 })
  }
  const products = new Map<string, StatsTopProduct>()
  let orderCount = 0
  let sales = 0
  let campaignOrders = 0
  let preparedMinutes = 0
  let prepared = 0
  let noShows = 0
  let finished = 0

  for (const order of orders) {
    const date = toParisWallClock(order.created_at).date
    if (date < range.from || date > range.to) continue
    const point = points.get(periodStart(date, range.granularity))
    const sold = !WITHOUT_SALE.includes(order.status)
    orderCount++
    if (point) point.orders++
    if (order.from_campaign) campaignOrders++
    if (order.status === "no_show") noShows++
    if (order.status === "no_show" || order.status === "collected") finished++
    if (order.accepted_at && order.ready_at) {
      preparedMinutes += (order.ready_at.getTime() - order.accepted_at.getTime()) / 60_000
      prepared++
    }
    if (!sold) continue
    sales += order.total
    if (point) point.sales += order.total
    for (const line of order.lines) {
      const key = line.product_id ?? line.title
      const product = products.get(key) ?? { product_id: line.product_id, title: line.title, quantity: 0, sales: 0 }
      product.quantity += line.quantity
      product.sales += line.amount
      products.set(key, product)
    }
  }

  return {
    series: [...points.values()].map((point) => ({ ...point, sales: round2(point.sales) })),
    orders: orderCount,
    sales: round2(sales),
    top_products: [...products.values()]
      .sort((a, b) => b.sales - a.sales || b.quantity - a.quantity || a.title.localeCompare(b.title))
      .slice(0, TOP_PRODUCTS)
      .map((product) => ({ ...product, sales: round2(product.sales) })),
    average_preparation_minutes: prepared ? Math.round(preparedMinutes / prepared) : null,
    no_show_rate: finished ? round2(noShows / finished) : null,
    campaign_orders: campaignOrders,
  }
}
