import { Module } from "@medusajs/framework/utils"
import LedgerModuleService from "./service"

/** Container key of the ledger module (money movements and commissions). */
export const LEDGER_MODULE = "ledger"

export default Module(LEDGER_MODULE, { service: LedgerModuleService })
