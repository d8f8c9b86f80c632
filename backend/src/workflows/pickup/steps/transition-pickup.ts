import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nextPickupStatus, refusedTransitionMessage, type PickupAction } from "@mirashop/domain"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

export interface TransitionPickupInput {
  order_id: string
  action: PickupAction
  /** When a merchant acts: the caller's shop; another shop's order is "not found". */
  shop_id?: string
  cancelled_by?: "shop" | "shopper"
  cancel_reason?: string
}

const STAMP: Record<PickupAction, "accepted_at" | "ready_at" | "collected_at" | "cancelled_at" | "no_show_at"> = {
  accept: "accepted_at",
  ready: "ready_at",
  collect: "collected_at",
  cancel: "cancelled_at",
  no_show: "no_show_at",
}

/** Moves one shop's order to its next status, or refuses an illegal transition with a clear error. */
export const transitionPickupStep = createStep(
  "transition-pickup",
  async (input: TransitionPickupInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [pickup] = await marketplace.listOrderPickups({
      order_id: input.order_id,
      ...(input.shop_id ? { shop_id: input.shop_id } : {}),
    })
    if (!pickup) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette commande n'existe pas pour votre boutique.")
    const next = nextPickupStatus(pickup.status, input.action)
    if (!next) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusedTransitionMessage(pickup.status, input.action))
    const stamp = STAMP[input.action]
    const updated = await marketplace.updateOrderPickups({
      id: pickup.id,
      status: next,
      [stamp]: new Date(),
      ...(input.action === "cancel" ? { cancelled_by: input.cancelled_by ?? "shop", cancel_reason: input.cancel_reason ?? null } : {}),
    })
    return new StepResponse(
      { ...updated, previous_status: pickup.status },
      { id: pickup.id, status: pickup.status, stamp, previous: pickup[stamp] }
    )
  },
  async (before, { container }) => {
    if (!before) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateOrderPickups({ id: before.id, status: before.status, [before.stamp]: before.previous })
  }
)
