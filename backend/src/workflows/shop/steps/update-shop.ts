import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { jsonList } from "../../../modules/marketplace/utils/json-list"
import type { ShopInput } from "../types"

export const updateShopStepId = "update-shop"

type ShopUpdate = Parameters<MarketplaceModuleService["updateShops"]>[0]

/** Which shop to change and the fields to change. */
export interface UpdateShopStepInput {
  id: string
  update: Partial<ShopInput> & { status_reason?: string | null }
}

/** Updates a shop; puts the previous values back if a later step fails. */
export const updateShopStep = createStep(
  updateShopStepId,
  async (input: UpdateShopStepInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const fields = Object.keys(input.update) as (keyof typeof input.update)[]
    const current = await marketplace.retrieveShop(input.id)
    const previous = Object.fromEntries(fields.map((field) => [field, current[field]])) as ShopUpdate
    const { closures, ...update } = input.update
    const shop = await marketplace.updateShops({
      id: input.id,
      ...update,
      ...(closures ? { closures: jsonList(closures) } : {}),
    })
    return new StepResponse(shop, { ...previous, id: input.id })
  },
  async (previous: ShopUpdate | undefined, { container }) => {
    if (!previous) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateShops(previous)
  }
)
