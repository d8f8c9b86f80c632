import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

/**
 * The lock key of an order's checkout payment: the shares of one card authorisation are captured
 * or released one shop at a time, so two shops acting at once cannot both think they are the last.
 */
export const readPickupCheckoutStep = createStep("read-pickup-checkout", async (input: { order_id: string }, { container }) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [pickup] = await marketplace.listOrderPickups({ order_id: input.order_id })
  return new StepResponse({ lock_key: `checkout-payment:${pickup?.checkout_id ?? input.order_id}` })
})
