import { MedusaService } from "@medusajs/framework/utils"
import StripeEvent from "./models/stripe-event"

/** The Stripe events already processed (webhook de-duplication, ADR 0016). */
class StripeEventsModuleService extends MedusaService({ StripeEvent }) {}

export default StripeEventsModuleService
