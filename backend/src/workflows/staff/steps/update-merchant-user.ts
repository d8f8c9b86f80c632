import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const updateMerchantUserStepId = "update-merchant-user"

/** A person's own name, as they want it shown to their colleagues. */
export interface UpdateMerchantUserStepInput {
  id: string
  first_name?: string
  last_name?: string
}

/** Updates a merchant user's name; restores it if a later step fails. */
export const updateMerchantUserStep = createStep(
  updateMerchantUserStepId,
  async (input: UpdateMerchantUserStepInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const before = await marketplace.retrieveMerchantUser(input.id)
    const user = await marketplace.updateMerchantUsers(input)
    return new StepResponse(user, { id: before.id, first_name: before.first_name, last_name: before.last_name })
  },
  async (before, { container }) => {
    if (!before) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateMerchantUsers(before)
  }
)
