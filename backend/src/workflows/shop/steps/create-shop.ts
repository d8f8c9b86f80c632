import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { jsonList } from "../../../modules/marketplace/utils/json-list"
import type { ShopInput } from "../types"

export const createShopStepId = "create-shop"

/** Creates the shop record; removed again if a later step fails. */
export const createShopStep = createStep(
  createShopStepId,
  async (input: ShopInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const shop = await marketplace.createShops({ ...input, closures: jsonList(input.closures) })
    return new StepResponse(shop, shop.id)
  },
  async (shopId, { container }) => {
    if (!shopId) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteShops(shopId)
  }
)
