import { model } from "@medusajs/framework/utils"

/**
 * One shop's order as click-and-collect sees it: its place in the pickup lifecycle, its slot,
 * how it is paid and the code the shopper gives at the counter. `checkout_id` (the cart's id)
 * groups the orders of one checkout.
 */
const OrderPickup = model
  .define("order_pickup", {
    id: model.id({ prefix: "opick" }).primaryKey(),
    order_id: model.text().unique(),
    shop_id: model.text(),
    checkout_id: model.text(),
    customer_id: model.text().nullable(),
    status: model
      .enum(["placed", "accepted", "ready_for_pickup", "collected", "cancelled", "no_show"])
      .default("placed"),
    slot_start: model.dateTime(),
    slot_end: model.dateTime(),
    payment_mode: model.enum(["pay_at_pickup", "card"]),
    pickup_code: model.text(),
    code_failures: model.number().default(0),
    code_locked_until: model.dateTime().nullable(),
    accepted_at: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    collected_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancelled_by: model.enum(["shop", "shopper"]).nullable(),
    cancel_reason: model.text().nullable(),
    no_show_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["checkout_id"] },
    { on: ["shop_id", "status"] },
    { on: ["shop_id", "slot_start"] },
    { on: ["customer_id"] },
    { on: ["status", "slot_end"] },
  ])

export default OrderPickup
