import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { pickupCodesMatch } from "@mirashop/domain"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"

/** Wrong codes allowed in a row before the order's code checks pause. */
export const MAX_CODE_FAILURES = 5
/** How long the checks pause after too many wrong codes. */
export const CODE_LOCK_MINUTES = 15

/** The outcome of a typed pickup code: right, wrong (with attempts left), or paused (for so many seconds). */
export type PickupCodeCheck = { result: "match" } | { result: "wrong"; attempts_left: number } | { result: "locked"; retry_after_seconds: number }

/**
 * Checks the code a merchant typed or scanned for one of their shop's orders. After
 * `MAX_CODE_FAILURES` wrong codes in a row the order's checks pause for `CODE_LOCK_MINUTES`, so a
 * code cannot be guessed at the counter.
 */
export async function checkPickupCode(
  container: MedusaContainer,
  input: { order_id: string; shop_id: string; code: string; now: Date }
): Promise<PickupCodeCheck> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [pickup] = await marketplace.listOrderPickups({ order_id: input.order_id, shop_id: input.shop_id })
  if (!pickup) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette commande n'existe pas pour votre boutique.")
  const lockedUntil = pickup.code_locked_until ? new Date(pickup.code_locked_until) : null
  if (lockedUntil && lockedUntil > input.now) {
    return { result: "locked", retry_after_seconds: Math.ceil((lockedUntil.getTime() - input.now.getTime()) / 1000) }
  }
  if (pickupCodesMatch(input.code, pickup.pickup_code)) {
    if (pickup.code_failures > 0) await marketplace.updateOrderPickups({ id: pickup.id, code_failures: 0, code_locked_until: null })
    return { result: "match" }
  }
  const failures = pickup.code_failures + 1
  if (failures >= MAX_CODE_FAILURES) {
    const until = new Date(input.now.getTime() + CODE_LOCK_MINUTES * 60_000)
    await marketplace.updateOrderPickups({ id: pickup.id, code_failures: 0, code_locked_until: until })
    return { result: "locked", retry_after_seconds: CODE_LOCK_MINUTES * 60 }
  }
  await marketplace.updateOrderPickups({ id: pickup.id, code_failures: failures })
  return { result: "wrong", attempts_left: MAX_CODE_FAILURES - failures }
}
