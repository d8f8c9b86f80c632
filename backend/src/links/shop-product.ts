import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/** A product belongs to exactly one shop; a shop has many products. */
export default defineLink(MarketplaceModule.linkable.shop, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
