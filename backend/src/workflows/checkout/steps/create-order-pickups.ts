import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generatePickupCode } from "@mirashop/domain"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { PreparedCheckout, ShopOrderPair } from "../types"

/** Records each shop's order for click-and-collect: status `placed`, its slot, and a fresh pickup code. */
export const createOrderPickupsStep = createStep(
  "create-order-pickups",
  async (input: { checkout: PreparedCheckout; pairs: ShopOrderPair[] }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const pickups = await marketplace.createOrderPickups(
      input.pairs.map(({ shop_order: shopOrder, order }) => ({
        order_id: order.id,
        shop_id: shopOrder.shop_id,
        checkout_id: input.checkout.checkout_id,
        customer_id: input.checkout.customer_id,
        status: "placed" as const,
        slot_start: new Date(shopOrder.slot_start),
        slot_end: new Date(shopOrder.slot_end),
        payment_mode: input.checkout.payment_mode,
        pickup_code: generatePickupCode((n) => randomBytes(n)),
      }))
    )
    const ids = pickups.map((p) => p.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deleteOrderPickups(ids)
  }
)
