import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateStockAdjustmentsStepId = "validate-stock-adjustments"

/** Lines of a bulk adjustment at one location. */
export interface ValidateStockAdjustmentsStepInput {
  location_id: string
  adjustments: { inventory_item_id: string; delta: number }[]
}

interface LevelRow {
  inventory_item_id: string
  stocked_quantity: number
  reserved_quantity: number
}

/**
 * Every line must be stock of the caller's location (another shop's item is "not found"), and
 * no line may take the shelf below what orders have reserved.
 */
export const validateStockAdjustmentsStep = createStep(validateStockAdjustmentsStepId, async (input: ValidateStockAdjustmentsStepInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"],
    filters: { location_id: input.location_id, inventory_item_id: input.adjustments.map((line) => line.inventory_item_id) },
  })
  const levels = new Map((data as LevelRow[]).map((level) => [level.inventory_item_id, level]))
  for (const line of input.adjustments) {
    const level = levels.get(line.inventory_item_id)
    if (!level) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Un des articles de stock n'existe pas dans votre boutique.")
    const after = Number(level.stocked_quantity) + line.delta
    const reserved = Number(level.reserved_quantity)
    if (after < reserved) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        reserved > 0
          ? `Ajustement impossible : il resterait ${after} unité(s) alors que ${reserved} sont réservées par des commandes.`
          : `Ajustement impossible : le stock deviendrait négatif (${after}).`
      )
    }
  }
  return new StepResponse(undefined)
})
