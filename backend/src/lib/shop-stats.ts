import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, fromParisWallClock, type StatsOrderFact } from "@mirashop/domain"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"

interface OrderRow {
  id: string
  total: number | { numeric?: number }
  items?: ({
    product_id: string | null
    title: string
    unit_price: number
    detail?: { quantity: number } | null
    adjustments?: ({ promotion_id: string | null } | null)[] | null
  } | null)[] | null
}

function present<T>(items: (T | null)[] | null | undefined): T[] {
  return (items ?? []).filter((entry): entry is T => entry !== null)
}

/** Ids of the promotions that belong to a campaign (the city's), among `ids`. */
async function campaignPromotionIds(container: MedusaContainer, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "promotion", fields: ["id", "campaign_id"], filters: { id: ids } })
  return new Set((data as { id: string; campaign_id: string | null }[]).filter((row) => row.campaign_id).map((row) => row.id))
}

/**
 * The shop's click-and-collect orders placed between two Paris dates (inclusive), with what
 * the statistics need: lifecycle times from `order_pickup`, amounts and lines from the order.
 */
export async function loadStatsOrders(
  container: MedusaContainer,
  shopId: string,
  range: { from: string; to: string }
): Promise<StatsOrderFact[]> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const pickups = await marketplace.listOrderPickups(
    {
      shop_id: shopId,
      created_at: { $gte: fromParisWallClock(range.from, "00:00"), $lt: fromParisWallClock(addDays(range.to, 1), "00:00") },
    },
    { select: ["order_id", "status", "created_at", "accepted_at", "ready_at"] }
  )
  if (pickups.length === 0) return []

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // items.quantity is only filled with totals; the item's detail always holds it.
    fields: ["id", "total", "items.product_id", "items.title", "items.unit_price", "items.detail.quantity", "items.adjustments.promotion_id"],
    filters: { id: pickups.map((pickup) => pickup.order_id) },
  })
  const orders = new Map((data as OrderRow[]).map((row) => [row.id, row]))
  const promotionIds = [...orders.values()].flatMap((row) =>
    present(row.items).flatMap((item) => present(item.adjustments).flatMap((adjustment) => (adjustment.promotion_id ? [adjustment.promotion_id] : [])))
  )
  const campaignPromotions = await campaignPromotionIds(container, [...new Set(promotionIds)])
  const date = (value: string | Date | null) => (value ? new Date(value) : null)

  return pickups.map((pickup) => {
    const order = orders.get(pickup.order_id)
    const items = present(order?.items)
    return {
      created_at: new Date(pickup.created_at),
      status: pickup.status,
      total: order ? Number(typeof order.total === "object" ? order.total.numeric : order.total) : 0,
      accepted_at: date(pickup.accepted_at),
      ready_at: date(pickup.ready_at),
      from_campaign: items.some((item) => present(item.adjustments).some((adjustment) => adjustment.promotion_id && campaignPromotions.has(adjustment.promotion_id))),
      lines: items.map((item) => {
        const quantity = Number(item.detail?.quantity ?? 0)
        return { product_id: item.product_id, title: item.title, quantity, amount: Number(item.unit_price) * quantity }
      }),
    }
  })
}
