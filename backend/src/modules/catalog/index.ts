import { Module } from "@medusajs/framework/utils"
import CatalogModuleService from "./service"

/** Container key of the catalogue read model module. */
export const CATALOG_MODULE = "catalog"

export default Module(CATALOG_MODULE, { service: CatalogModuleService })
