import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import MarketplaceModule from "../modules/marketplace"

/** Each shop has one stock location: where its goods are and where shoppers collect them. */
export default defineLink(
  MarketplaceModule.linkable.shop,
  StockLocationModule.linkable.stockLocation
)
