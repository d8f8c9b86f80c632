import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/** Each order is prepared and handed over by one shop. */
export default defineLink(MarketplaceModule.linkable.shop, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
