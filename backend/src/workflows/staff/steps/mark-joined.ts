import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const markJoinedStepId = "mark-merchant-user-joined"

/** Records that an invited colleague now has an account. */
export const markJoinedStep = createStep(markJoinedStepId, async (input: { id: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const user = await marketplace.updateMerchantUsers({ id: input.id, joined_at: new Date() })
  return new StepResponse(user, input.id)
}, async (id, { container }) => {
  if (!id) return
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  await marketplace.updateMerchantUsers({ id, joined_at: null })
})
