import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { MerchantStockLevelResponse } from "@mirashop/contract"
import { readStockLevels } from "../../../../lib/merchant-inventory"
import { merchantContext } from "../../context"
import type { MerchantUpdateStockType } from "../validators"

/** Sets how many units of a variant are on the caller's shelf (never another shop's stock). */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantUpdateStockType>,
  res: MedusaResponse<MerchantStockLevelResponse>
): Promise<void> {
  const { location_id } = merchantContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const itemId = req.params.inventory_item_id
  const before = await readStockLevels(query, { locationId: location_id, itemIds: [itemId], offset: 0, limit: 1 })
  if (before.levels.length === 0) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cet article de stock n'existe pas dans votre boutique.")
  }
  if (req.validatedBody.stocked_quantity < before.levels[0].reserved_quantity) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${before.levels[0].reserved_quantity} unités sont réservées par des commandes : le stock ne peut pas descendre en dessous.`
    )
  }
  await updateInventoryLevelsWorkflow(req.scope).run({
    input: {
      updates: [{ inventory_item_id: itemId, location_id, stocked_quantity: req.validatedBody.stocked_quantity }],
    },
  })
  const after = await readStockLevels(query, { locationId: location_id, itemIds: [itemId], offset: 0, limit: 1 })
  res.json({ inventory_level: after.levels[0] })
}
