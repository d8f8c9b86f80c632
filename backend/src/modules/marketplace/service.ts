import { MedusaService } from "@medusajs/framework/utils"
import MerchantUser from "./models/merchant-user"
import OrderPickup from "./models/order-pickup"
import Shop from "./models/shop"
import StockAdjustment from "./models/stock-adjustment"

/** Data access for shops, the people who run them, their click-and-collect orders and stock journal. */
class MarketplaceModuleService extends MedusaService({ Shop, MerchantUser, OrderPickup, StockAdjustment }) {}

export default MarketplaceModuleService
