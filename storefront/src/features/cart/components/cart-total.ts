import type { Money, ShopPickup } from "@mirashop/contract"

/** What the whole cart costs, VAT included: the sum of every shop's subtotal, to the cent. */
export function cartTotal(pickups: ShopPickup[]): Money | null {
  if (pickups.length === 0) return null
  const cents = pickups.reduce((sum, pickup) => sum + Math.round(pickup.subtotal.amount * 100), 0)
  return { amount: cents / 100, currency_code: pickups[0].subtotal.currency_code }
}

/** Units in the cart, all shops together. */
export function cartUnits(pickups: ShopPickup[]): number {
  return pickups.reduce(
    (sum, pickup) => sum + pickup.items.reduce((units, item) => units + item.quantity, 0),
    0
  )
}
