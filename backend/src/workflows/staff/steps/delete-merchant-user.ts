import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const deleteMerchantUserStepId = "delete-merchant-user"

/** Removes a person from a shop's team (soft delete, restored if a later step fails). */
export const deleteMerchantUserStep = createStep(deleteMerchantUserStepId, async (input: { id: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  await marketplace.softDeleteMerchantUsers(input.id)
  return new StepResponse(input.id, input.id)
}, async (id, { container }) => {
  if (!id) return
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  await marketplace.restoreMerchantUsers(id)
})
