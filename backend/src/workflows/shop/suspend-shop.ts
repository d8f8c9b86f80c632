import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { setShopProductsVisibilityStep } from "./steps/set-shop-products-visibility"
import { updateShopStep } from "./steps/update-shop"
import { validateShopTransitionStep } from "./steps/validate-shop-transition"

/** The shop the city suspends, and why (told to the merchant). */
export interface SuspendShopWorkflowInput {
  shop_id: string
  reason: string
}

export const suspendShopWorkflowId = "suspend-shop"

/** The city suspends a shop: its products disappear from the store at once, nothing is deleted. */
export const suspendShopWorkflow = createWorkflow(suspendShopWorkflowId, (input: SuspendShopWorkflowInput) => {
  validateShopTransitionStep({ shop_id: input.shop_id, to: "suspended" })
  const update = transform({ input }, ({ input }) => ({
    id: input.shop_id,
    update: { status: "suspended" as const, status_reason: input.reason },
  }))
  const shop = updateShopStep(update)
  setShopProductsVisibilityStep({ shop_id: input.shop_id, visible: false })
  const event = transform({ shop }, ({ shop }) => ({
    eventName: MARKETPLACE_EVENTS.SHOP_SUSPENDED,
    data: { id: shop.id, changed_at: new Date(shop.updated_at).toISOString() },
  }))
  emitEventStep(event)
  return new WorkflowResponse(shop)
})
