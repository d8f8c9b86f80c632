import { MedusaService } from "@medusajs/framework/utils"
import MerchantUser from "./models/merchant-user"
import OrderPickup from "./models/order-pickup"
import Shop from "./models/shop"

/** Data access for shops, the people who run them, and their click-and-collect orders. */
class MarketplaceModuleService extends MedusaService({ Shop, MerchantUser, OrderPickup }) {}

export default MarketplaceModuleService
