import { model } from "@medusajs/framework/utils"

/**
 * One money movement of one shop's order, in integer cents: a capture (the shopper paid) or a
 * refund (negative amounts). `net = gross − commission + city_discount` is what the shop is owed.
 * `source_id` is the Medusa capture or refund it records, so each movement is written once.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "led" }).primaryKey(),
    source_id: model.text().unique(),
    order_id: model.text().index(),
    shop_id: model.text().index(),
    kind: model.enum(["capture", "refund"]),
    payment_mode: model.enum(["card", "pay_at_pickup"]),
    currency_code: model.text(),
    gross: model.number(),
    commission: model.number(),
    commission_rate_bp: model.number(),
    city_discount: model.number(),
    net: model.number(),
    /** Stripe Connect transfer of the shop's net, once made. */
    transfer_id: model.text().nullable(),
    /** awaiting_transfer: card money held for the shop; paid_at_counter: the shop took it; refunded. */
    status: model.enum(["awaiting_transfer", "transferred", "paid_at_counter", "refunded"]),
  })

export default LedgerEntry
