import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { recordStockAdjustmentsStep } from "./steps/record-stock-adjustments"
import { validateStockAdjustmentsStep } from "./steps/validate-stock-adjustments"

/** A bulk stock adjustment by a merchant: lines of +/- units at the shop's location and one reason. */
export interface AdjustShopStockInput {
  shop_id: string
  location_id: string
  merchant_user_id: string
  batch_id: string
  reason: string
  adjustments: { inventory_item_id: string; delta: number }[]
}

/**
 * Adds or removes units of several items at once ("+10 livraison", "-2 casse") and records
 * each line with its reason in the shop's stock journal.
 */
export const adjustShopStockWorkflow = createWorkflow("adjust-shop-stock", (input: AdjustShopStockInput) => {
  validateStockAdjustmentsStep({ location_id: input.location_id, adjustments: input.adjustments })
  const levels = transform({ input }, ({ input }) =>
    input.adjustments.map((line) => ({ inventory_item_id: line.inventory_item_id, location_id: input.location_id, adjustment: line.delta }))
  )
  adjustInventoryLevelsStep(levels)
  const journal = recordStockAdjustmentsStep(input)
  return new WorkflowResponse(journal)
})
