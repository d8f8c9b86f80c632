import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const validateNewStaffStepId = "validate-new-staff"

/** Refuses inviting someone who already works in a shop (theirs or another). */
export const validateNewStaffStep = createStep(validateNewStaffStepId, async (input: { email: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [existing] = await marketplace.listMerchantUsers({ email: input.email.toLowerCase() }, { take: 1 })
  if (existing) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Cette personne a déjà un accès commerçant sur Mirashop.")
  }
  return new StepResponse(true)
})
