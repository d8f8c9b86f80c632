import { defineLink } from "@medusajs/framework/utils"
import PromotionModule from "@medusajs/medusa/promotion"
import MarketplaceModule from "../modules/marketplace"

/** Promotions a shop created for its own products. */
export default defineLink(MarketplaceModule.linkable.shop, {
  linkable: PromotionModule.linkable.promotion,
  isList: true,
})
