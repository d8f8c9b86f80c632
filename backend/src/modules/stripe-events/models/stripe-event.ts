import { model } from "@medusajs/framework/utils"

/** A Stripe webhook event Mirashop has processed: its id is the key, so an event is processed once. */
const StripeEvent = model.define("stripe_event", {
  /** Stripe's event id (`evt_…`). */
  id: model.text().primaryKey(),
  type: model.text(),
  /** The id of the event's object (a PaymentIntent, an account…). */
  object_id: model.text().nullable(),
  /** Stripe's creation time of the event. */
  stripe_created_at: model.dateTime(),
})

export default StripeEvent
