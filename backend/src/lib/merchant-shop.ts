import type { MerchantShop, Trade } from "@mirashop/contract"
import type { Closure, WeeklyHours } from "@mirashop/domain"
import type { InferTypeOf } from "@medusajs/framework/types"
import type Shop from "../modules/marketplace/models/shop"
import { readJsonList } from "../modules/marketplace/utils/json-list"
import { readRuntimeEnv } from "../config/runtime"
import { publicFileUrl } from "./images"

/** A shop row as the marketplace module returns it. */
export type ShopRow = Omit<InferTypeOf<typeof Shop>, "users">

/** Shapes a shop row for its merchants (dates as ISO strings, JSON columns typed). */
export function toMerchantShop(shop: ShopRow): MerchantShop {
  return {
    id: shop.id,
    handle: shop.handle,
    name: shop.name,
    trade: shop.trade as Trade,
    description: shop.description,
    siret: shop.siret,
    email: shop.email,
    phone: shop.phone,
    address_line1: shop.address_line1,
    postal_code: shop.postal_code,
    city: shop.city,
    latitude: shop.latitude,
    longitude: shop.longitude,
    logo_url: publicFileUrl(shop.logo_url, readRuntimeEnv(process.env).fileBaseUrl),
    pickup_instructions: shop.pickup_instructions,
    preparation_minutes: shop.preparation_minutes,
    slot_minutes: shop.slot_minutes,
    slot_capacity: shop.slot_capacity,
    no_show_days: shop.no_show_days,
    opening_hours: shop.opening_hours as WeeklyHours,
    closures: readJsonList<Closure>(shop.closures),
    accepts_pay_at_pickup: shop.accepts_pay_at_pickup,
    accepts_online_payment: shop.accepts_online_payment,
    status: shop.status,
    status_reason: shop.status_reason,
    approved_at: shop.approved_at ? new Date(shop.approved_at).toISOString() : null,
    created_at: new Date(shop.created_at).toISOString(),
    updated_at: new Date(shop.updated_at).toISOString(),
  }
}
