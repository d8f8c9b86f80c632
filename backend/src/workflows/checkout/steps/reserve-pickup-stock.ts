import type { InventoryTypes } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopOrderPair } from "../types"

interface Reservation {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder: boolean
  title: string
  shop_name: string
}

/** Each order's lines as reservations at its own shop's stock location. */
function reservationsOf(pairs: ShopOrderPair[]): Reservation[] {
  return pairs.flatMap(({ shop_order: shopOrder, order }) => {
    const lines = order.items ?? []
    return shopOrder.stock.flatMap((need) => {
      const line = lines.find((l) => l.variant_id === need.variant_id)
      if (!line) return []
      return [{
        line_item_id: line.id,
        inventory_item_id: need.inventory_item_id,
        location_id: shopOrder.location_id,
        quantity: Number(line.quantity) * need.required_quantity,
        allow_backorder: need.allow_backorder,
        title: need.title,
        shop_name: shopOrder.shop_name,
      }]
    })
  })
}

const levelKey = (inventoryItemId: string, locationId: string) => `${inventoryItemId}@${locationId}`

function ensureAvailable(reservations: Reservation[], levels: InventoryTypes.InventoryLevelDTO[]): void {
  const available = new Map(
    levels.map((level) => [levelKey(level.inventory_item_id, level.location_id), Number(level.stocked_quantity) - Number(level.reserved_quantity)])
  )
  const wanted = new Map<string, number>()
  for (const r of reservations) {
    if (r.allow_backorder) continue
    const key = levelKey(r.inventory_item_id, r.location_id)
    const total = (wanted.get(key) ?? 0) + r.quantity
    wanted.set(key, total)
    const left = Math.max(0, available.get(key) ?? 0)
    if (total > left) {
      const rest = left === 0 ? "il n'en reste plus" : `il en reste ${left}`
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Plus assez de stock pour « ${r.title} » chez ${r.shop_name} : ${rest}.`)
    }
  }
}

/**
 * Reserves every line at its shop's stock location. Stock is read and reserved under a lock on the
 * inventory items, so concurrent checkouts for the last units sell exactly what is there; the
 * others get a clear "plus assez de stock".
 */
export const reservePickupStockStep = createStep(
  "reserve-pickup-stock",
  async (pairs: ShopOrderPair[], { container }) => {
    const reservations = reservationsOf(pairs)
    if (reservations.length === 0) return new StepResponse([] as string[], { ids: [] as string[], keys: [] as string[] })
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(reservations.map((r) => r.inventory_item_id))].sort()
    const created = await locking.execute(keys, async () => {
      const levels = await inventory.listInventoryLevels({
        inventory_item_id: keys,
        location_id: [...new Set(reservations.map((r) => r.location_id))],
      })
      ensureAvailable(reservations, levels)
      return inventory.createReservationItems(
        reservations.map((r) => ({
          line_item_id: r.line_item_id,
          inventory_item_id: r.inventory_item_id,
          location_id: r.location_id,
          quantity: r.quantity,
          allow_backorder: r.allow_backorder,
        }))
      )
    })
    const ids = created.map((reservation) => reservation.id)
    return new StepResponse(ids, { ids, keys })
  },
  async (reserved, { container }) => {
    if (!reserved?.ids.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(reserved.keys, () => inventory.deleteReservationItems(reserved.ids))
  }
)
