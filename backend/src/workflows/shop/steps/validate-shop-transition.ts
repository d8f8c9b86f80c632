import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const validateShopTransitionStepId = "validate-shop-transition"

/** The city's decision on a shop. */
export type ShopDecision = "approved" | "suspended"

/** Refuses approving an approved shop or suspending a suspended one. */
export const validateShopTransitionStep = createStep(
  validateShopTransitionStepId,
  async (input: { shop_id: string; to: ShopDecision }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const shop = await marketplace.retrieveShop(input.shop_id)
    if (shop.status === input.to) {
      const message =
        input.to === "approved" ? "Cette boutique est déjà validée." : "Cette boutique est déjà suspendue."
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
    }
    return new StepResponse({ id: shop.id, status: shop.status })
  }
)
