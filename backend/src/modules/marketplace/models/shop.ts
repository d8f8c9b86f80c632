import { model } from "@medusajs/framework/utils"
import MerchantUser from "./merchant-user"

/** A shop of Miramas: the marketplace's tenant. Only `approved` shops are shown to shoppers. */
const Shop = model
  .define("shop", {
    id: model.id({ prefix: "shop" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    trade: model.text(),
    description: model.text().default(""),
    siret: model.text().nullable(),
    email: model.text(),
    phone: model.text().default(""),
    address_line1: model.text().default(""),
    postal_code: model.text().default("13140"),
    city: model.text().default("Miramas"),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    logo_url: model.text().nullable(),
    pickup_instructions: model.text().default(""),
    preparation_minutes: model.number().default(60),
    slot_minutes: model.number().default(30),
    slot_capacity: model.number().default(4),
    no_show_days: model.number().default(3),
    opening_hours: model.json(),
    closures: model.json(),
    accepts_pay_at_pickup: model.boolean().default(true),
    accepts_online_payment: model.boolean().default(true),
    status: model.enum(["pending", "approved", "suspended"]).default("pending"),
    status_reason: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    users: model.hasMany(() => MerchantUser, { mappedBy: "shop" }),
  })
  .indexes([{ on: ["status"] }, { on: ["trade"] }])

export default Shop
