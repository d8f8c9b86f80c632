import { Module } from "@medusajs/framework/utils"
import StripeEventsModuleService from "./service"

/** Container key of the processed Stripe events module. */
export const STRIPE_EVENTS_MODULE = "stripe_events"

export default Module(STRIPE_EVENTS_MODULE, { service: StripeEventsModuleService })
