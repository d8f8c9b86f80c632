import { model } from "@medusajs/framework/utils"

/**
 * One line of a shop's stock journal: a change of the stocked quantity at the shop's location
 * with the merchant's reason ("+10 livraison", "-2 casse"). Medusa keeps no stock history;
 * this is it. `batch_id` groups the lines of one bulk adjustment.
 */
const StockAdjustment = model
  .define("stock_adjustment", {
    id: model.id({ prefix: "stadj" }).primaryKey(),
    shop_id: model.text(),
    batch_id: model.text(),
    inventory_item_id: model.text(),
    delta: model.number(),
    reason: model.text(),
    merchant_user_id: model.text(),
  })
  .indexes([{ on: ["shop_id", "created_at"] }])

export default StockAdjustment
