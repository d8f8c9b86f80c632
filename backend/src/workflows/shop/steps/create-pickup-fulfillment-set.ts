import type { IFulfillmentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createPickupFulfillmentSetStepId = "create-pickup-fulfillment-set"

/** Creates a shop's `pickup` fulfillment set with one service zone covering France. */
export const createPickupFulfillmentSetStep = createStep(
  createPickupFulfillmentSetStepId,
  async (input: { shop_name: string; shop_handle: string }, { container }) => {
    const fulfillment = container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT)
    const set = await fulfillment.createFulfillmentSets({
      name: `Retrait — ${input.shop_name} (${input.shop_handle})`,
      type: "pickup",
      service_zones: [
        {
          name: `Retrait en boutique — ${input.shop_name}`,
          geo_zones: [{ type: "country", country_code: "fr" }],
        },
      ],
    })
    const serviceZoneId = set.service_zones[0].id
    return new StepResponse({ fulfillment_set_id: set.id, service_zone_id: serviceZoneId }, set.id)
  },
  async (setId, { container }) => {
    if (!setId) return
    const fulfillment = container.resolve<IFulfillmentModuleService>(Modules.FULFILLMENT)
    await fulfillment.deleteFulfillmentSets(setId)
  }
)
