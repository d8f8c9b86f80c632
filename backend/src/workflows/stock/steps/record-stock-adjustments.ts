import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export const recordStockAdjustmentsStepId = "record-stock-adjustments"

/** Journal lines to write, one per adjusted item. */
export interface RecordStockAdjustmentsStepInput {
  shop_id: string
  batch_id: string
  merchant_user_id: string
  reason: string
  adjustments: { inventory_item_id: string; delta: number }[]
}

/** Writes the adjustment lines to the shop's stock journal (removed again if a later step fails). */
export const recordStockAdjustmentsStep = createStep(
  recordStockAdjustmentsStepId,
  async (input: RecordStockAdjustmentsStepInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const rows = await marketplace.createStockAdjustments(
      input.adjustments.map((line) => ({
        shop_id: input.shop_id,
        batch_id: input.batch_id,
        merchant_user_id: input.merchant_user_id,
        reason: input.reason,
        inventory_item_id: line.inventory_item_id,
        delta: line.delta,
      }))
    )
    return new StepResponse(rows, rows.map((row) => row.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteStockAdjustments(ids)
  }
)
