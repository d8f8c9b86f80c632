import type { MedusaContainer } from "@medusajs/framework/types"
import type { ShopProgress } from "@mirashop/contract"
import { loadProgressFacts } from "./load-facts"
import { shopProgress } from "./rules"

export type { ProgressFacts } from "./facts"
export { measureAcceptance } from "./acceptance"
export { coachingItems, onboardingSteps, shopProgress } from "./rules"

/**
 * A shop's onboarding and coaching checklists, measured now from its real data. One entry
 * point for the merchant's home and the city's follow-up of each shop.
 */
export async function getShopProgress(container: MedusaContainer, shopId: string, now = new Date()): Promise<ShopProgress> {
  return shopProgress(await loadProgressFacts(container, shopId, now))
}
