import type { MedusaContainer } from "@medusajs/framework/types"
import { shopProgress, type ShopProgress } from "@mirashop/domain"
import { loadProgressFacts } from "./load-facts"

/**
 * A shop's onboarding and coaching checklists, measured now from its real data: the facts are
 * read here, the rules are the pure functions of `@mirashop/domain`. One entry point for the
 * merchant's home and the city's follow-up of each shop.
 */
export async function getShopProgress(container: MedusaContainer, shopId: string, now = new Date()): Promise<ShopProgress> {
  return shopProgress(await loadProgressFacts(container, shopId, now))
}
