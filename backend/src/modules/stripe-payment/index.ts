import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MirashopStripeProviderService } from "./service"

/** Stripe card payments (Medusa's provider, reachable at a configurable API host). */
export default ModuleProvider(Modules.PAYMENT, { services: [MirashopStripeProviderService] })
