import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_EVENTS } from "../../modules/marketplace/events"
import { setShopProductsVisibilityStep } from "./steps/set-shop-products-visibility"
import { updateShopStep } from "./steps/update-shop"
import { validateShopTransitionStep } from "./steps/validate-shop-transition"

/** The shop the city approves. */
export interface ApproveShopWorkflowInput {
  shop_id: string
}

export const approveShopWorkflowId = "approve-shop"

/** The city approves a shop: it goes live and its published products become visible. */
export const approveShopWorkflow = createWorkflow(approveShopWorkflowId, (input: ApproveShopWorkflowInput) => {
  validateShopTransitionStep({ shop_id: input.shop_id, to: "approved" })
  const update = transform({ input }, ({ input }) => ({
    id: input.shop_id,
    update: { status: "approved" as const, status_reason: null, approved_at: new Date() },
  }))
  const shop = updateShopStep(update)
  setShopProductsVisibilityStep({ shop_id: input.shop_id, visible: true })
  const event = transform({ shop }, ({ shop }) => ({
    eventName: MARKETPLACE_EVENTS.SHOP_APPROVED,
    data: { id: shop.id, changed_at: new Date(shop.updated_at).toISOString() },
  }))
  emitEventStep(event)
  return new WorkflowResponse(shop)
})
