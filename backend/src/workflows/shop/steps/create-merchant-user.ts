import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const createMerchantUserStepId = "create-merchant-user"

/** Who joins a shop, and with which role. */
export interface CreateMerchantUserStepInput {
  shop_id: string
  email: string
  first_name: string
  last_name: string
  role: "owner" | "staff"
}

/** Creates a person working in a shop; removed again if a later step fails. */
export const createMerchantUserStep = createStep(
  createMerchantUserStepId,
  async (input: CreateMerchantUserStepInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const user = await marketplace.createMerchantUsers({
      email: input.email.toLowerCase(),
      first_name: input.first_name,
      last_name: input.last_name,
      role: input.role,
      shop_id: input.shop_id,
      joined_at: input.role === "owner" ? new Date() : null,
    })
    return new StepResponse(user, user.id)
  },
  async (userId, { container }) => {
    if (!userId) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteMerchantUsers(userId)
  }
)
