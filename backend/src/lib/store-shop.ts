import type { StoreShop, Trade } from "@mirashop/contract"
import { isOpenAt, type Closure, type WeeklyHours } from "@mirashop/domain"
import { readRuntimeEnv } from "../config/runtime"
import { readJsonList } from "../modules/marketplace/utils/json-list"
import { publicFileUrl } from "./images"
import type { ShopRow } from "./merchant-shop"

/** Shop fields read for the store; the same list serves every store route. */
export const STORE_SHOP_FIELDS = [
  "id",
  "handle",
  "name",
  "trade",
  "description",
  "email",
  "phone",
  "address_line1",
  "postal_code",
  "city",
  "latitude",
  "longitude",
  "logo_url",
  "pickup_instructions",
  "preparation_minutes",
  "opening_hours",
  "closures",
  "accepts_pay_at_pickup",
  "accepts_online_payment",
] as const

/** A shop row as the marketplace module returns it with {@link STORE_SHOP_FIELDS}. */
export type ShopRecord = Pick<ShopRow, (typeof STORE_SHOP_FIELDS)[number]>

/** Shapes a shop for shoppers, with its open/closed state computed at `now` (Europe/Paris). */
export function toStoreShop(shop: ShopRecord, now: Date): StoreShop {
  const hours = shop.opening_hours as WeeklyHours
  const closures = readJsonList<Closure>(shop.closures)
  return {
    id: shop.id,
    handle: shop.handle,
    name: shop.name,
    trade: shop.trade as Trade,
    description: shop.description,
    email: shop.email,
    phone: shop.phone,
    address: { line1: shop.address_line1, postal_code: shop.postal_code, city: shop.city },
    latitude: shop.latitude ?? 0,
    longitude: shop.longitude ?? 0,
    logo_url: publicFileUrl(shop.logo_url, readRuntimeEnv(process.env).fileBaseUrl),
    pickup_instructions: shop.pickup_instructions,
    preparation_minutes: shop.preparation_minutes,
    opening_hours: hours,
    closures,
    accepts_pay_at_pickup: shop.accepts_pay_at_pickup,
    accepts_online_payment: shop.accepts_online_payment,
    is_open_now: isOpenAt(hours, closures, now),
  }
}
