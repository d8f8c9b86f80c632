import { Module } from "@medusajs/framework/utils"
import CityModuleService from "./service"

/** Container key of the city module (campaign banners). */
export const CITY_MODULE = "city"

export default Module(CITY_MODULE, { service: CityModuleService })
