import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MerchantStockAdjustmentResponse, MerchantStockJournalResponse } from "@mirashop/contract"
import { readStockLevels } from "../../../lib/merchant-inventory"
import { toJournalEntries } from "../../../lib/stock-journal"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { adjustShopStockWorkflow } from "../../../workflows/stock/adjust-shop-stock"
import { merchantContext } from "../context"
import type { MerchantAdjustStockType, MerchantStockJournalQueryType } from "./validators"

/** The shop's stock journal, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, MerchantStockJournalQueryType>,
  res: MedusaResponse<MerchantStockJournalResponse>
): Promise<void> {
  const { shop_id, location_id } = merchantContext(req)
  const { limit, offset } = req.validatedQuery
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [rows, count] = await marketplace.listAndCountStockAdjustments({ shop_id }, { order: { created_at: "DESC" }, skip: offset, take: limit })
  const adjustments = await toJournalEntries(req.scope.resolve(ContainerRegistrationKeys.QUERY), location_id, rows)
  res.json({ adjustments, count, offset, limit })
}

/** Adds or removes units of several items at the shop at once, with one reason kept in the journal. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantAdjustStockType>,
  res: MedusaResponse<MerchantStockAdjustmentResponse>
): Promise<void> {
  const { shop_id, location_id, user_id } = merchantContext(req)
  const { result } = await adjustShopStockWorkflow(req.scope).run({
    input: { shop_id, location_id, merchant_user_id: user_id, batch_id: randomUUID(), ...req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const itemIds = req.validatedBody.adjustments.map((line) => line.inventory_item_id)
  const { levels } = await readStockLevels(query, { locationId: location_id, itemIds, offset: 0, limit: itemIds.length })
  res.status(201).json({ adjustments: await toJournalEntries(query, location_id, result), inventory_levels: levels })
}
