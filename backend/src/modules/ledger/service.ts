import { MedusaService } from "@medusajs/framework/utils"
import LedgerEntry from "./models/ledger-entry"
import ShopCommission from "./models/shop-commission"

/** The books: one entry per money movement, and the commission each shop pays (ADR 0017). */
class LedgerModuleService extends MedusaService({ LedgerEntry, ShopCommission }) {
  /** The shop's commission rate in basis points: its own override, else the platform default. */
  async commissionRateFor(shopId: string, platformDefaultBp: number): Promise<number> {
    const [own] = await this.listShopCommissions({ shop_id: shopId })
    return own ? own.rate_bp : platformDefaultBp
  }
}

export default LedgerModuleService
