import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { cancelPickupOrderWorkflow } from "../../pickup/cancel-pickup-order"

export interface CancelOrdersOfCancelledIntentInput {
  checkout_id: string | null
}

/** Why the orders are cancelled, as the shopper and the shop read it. */
export const AUTHORISATION_CANCELLED_REASON = "Le paiement par carte a été annulé par la banque (autorisation expirée ou retirée)."

/**
 * Stripe cancelled a checkout's PaymentIntent (its 7-day authorisation expired, or it was cancelled
 * from the dashboard): the card orders of that checkout still waiting for their shop can no longer
 * be paid, so they are cancelled (stock released, shopper told). Captured shares are untouched.
 */
export const cancelOrdersOfCancelledIntentStep = createStep(
  "cancel-orders-of-cancelled-intent",
  async (input: CancelOrdersOfCancelledIntentInput, { container }) => {
    if (!input.checkout_id) return new StepResponse([] as string[])
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const waiting = await marketplace.listOrderPickups({ checkout_id: input.checkout_id, payment_mode: "card", status: ["placed", "accepted"] })
    const cancelled: string[] = []
    for (const pickup of waiting) {
      await cancelPickupOrderWorkflow(container).run({ input: { order_id: pickup.order_id, by: "shop", reason: AUTHORISATION_CANCELLED_REASON } })
      cancelled.push(pickup.order_id)
    }
    return new StepResponse(cancelled)
  }
)
