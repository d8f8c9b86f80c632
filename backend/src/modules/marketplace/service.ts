import { MedusaService } from "@medusajs/framework/utils"
import MerchantUser from "./models/merchant-user"
import Shop from "./models/shop"

/** Data access for shops and the people who run them. */
class MarketplaceModuleService extends MedusaService({ Shop, MerchantUser }) {}

export default MarketplaceModuleService
