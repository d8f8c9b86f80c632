import { model } from "@medusajs/framework/utils"
import Shop from "./shop"

/** A person who works in a shop; `owner` can manage staff, payouts and the shop's identity. */
const MerchantUser = model.define("merchant_user", {
  id: model.id({ prefix: "mu" }).primaryKey(),
  email: model.text().unique(),
  first_name: model.text().default(""),
  last_name: model.text().default(""),
  role: model.enum(["owner", "staff"]).default("owner"),
  /** Set once the person has an account; an invited colleague has none until they accept. */
  joined_at: model.dateTime().nullable(),
  shop: model.belongsTo(() => Shop, { mappedBy: "users" }),
})

export default MerchantUser
