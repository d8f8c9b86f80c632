import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface RegisterPromotionUsageInput {
  computedActions: { amount: number; code: string }[]
  registrationContext: { customer_id: string | null; customer_email: string | null }
}

/** Counts the checkout's discounts against their promotions' limits and campaign budgets. */
export const registerPromotionUsageStep = createStep(
  "register-promotion-usage",
  async (input: RegisterPromotionUsageInput, { container }) => {
    if (input.computedActions.length === 0) return new StepResponse(undefined, null)
    const promotions = container.resolve(Modules.PROMOTION)
    const actions = input.computedActions.map((a) => ({ action: "addItemAdjustment" as const, item_id: "", amount: a.amount, code: a.code }))
    await promotions.registerUsage(actions, input.registrationContext)
    return new StepResponse(undefined, { actions, context: input.registrationContext })
  },
  async (registered, { container }) => {
    if (!registered) return
    await container.resolve(Modules.PROMOTION).revertUsage(registered.actions, registered.context)
  }
)
