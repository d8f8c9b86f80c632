import { model } from "@medusajs/framework/utils"

/** A shop's own platform commission, overriding the platform's default (`PLATFORM_COMMISSION_BP`). */
const ShopCommission = model.define("shop_commission", {
  id: model.id({ prefix: "scom" }).primaryKey(),
  shop_id: model.text().unique(),
  /** Basis points: 100 = 1 %. */
  rate_bp: model.number(),
})

export default ShopCommission
