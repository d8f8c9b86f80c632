import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  setAuthAppMetadataStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import { createMerchantUserStep } from "./steps/create-merchant-user"
import { createPickupFulfillmentSetStep } from "./steps/create-pickup-fulfillment-set"
import { createShopStep } from "./steps/create-shop"
import type { ShopInput } from "./types"

/** A new shop, its owner, and (for a self-registered merchant) the owner's auth identity. */
export interface CreateShopWorkflowInput {
  shop: ShopInput
  owner: { email: string; first_name: string; last_name: string }
  auth_identity_id?: string
}

export const createShopWorkflowId = "create-shop"

/**
 * Opens a shop: the shop and its owner, the shop's own stock location (where its stock
 * lives and shoppers collect) with a `pickup` fulfillment set and a free pickup option,
 * visible in the marketplace's sales channel.
 */
export const createShopWorkflow = createWorkflow(
  createShopWorkflowId,
  (input: CreateShopWorkflowInput) => {
    const shop = createShopStep(input.shop)
    const ownerInput = transform({ input, shop }, ({ input, shop }) => ({
      ...input.owner,
      shop_id: shop.id,
      role: "owner" as const,
    }))
    const owner = createMerchantUserStep(ownerInput)

    when({ input }, ({ input }) => Boolean(input.auth_identity_id)).then(() => {
      setAuthAppMetadataStep({
        authIdentityId: input.auth_identity_id as string,
        actorType: "merchant",
        value: owner.id,
      })
    })

    const locationInput = transform({ shop }, ({ shop }) => ({
      locations: [
        {
          name: shop.name,
          address: {
            address_1: shop.address_line1,
            postal_code: shop.postal_code,
            city: shop.city,
            country_code: "fr",
            phone: shop.phone,
          },
          metadata: { shop_id: shop.id },
        },
      ],
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationInput })

    const { data: channels } = useQueryGraphStep({
      entity: "sales_channel",
      fields: ["id"],
      filters: { is_disabled: false },
    }).config({ name: "find-sales-channels" })

    const { data: profiles } = useQueryGraphStep({
      entity: "shipping_profile",
      fields: ["id"],
      filters: { type: "default" },
      pagination: { order: { created_at: "ASC" }, take: 1 },
    }).config({ name: "find-default-shipping-profile" })

    const pickupSet = createPickupFulfillmentSetStep({
      shop_name: shop.name,
      shop_handle: shop.handle,
    })

    const links = transform({ shop, locations, pickupSet }, ({ shop, locations, pickupSet }): LinkDefinition[] => [
      {
        [MARKETPLACE_MODULE]: { shop_id: shop.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: pickupSet.fulfillment_set_id },
      },
    ])
    createRemoteLinkStep(links)

    const channelInput = transform({ locations, channels }, ({ locations, channels }) => ({
      id: locations[0].id,
      add: channels.map((channel) => channel.id),
    }))
    linkSalesChannelsToStockLocationWorkflow.runAsStep({ input: channelInput })

    const shippingOptionInput = transform(
      { shop, pickupSet, profiles },
      ({ shop, pickupSet, profiles }) => [
        {
          name: `Retrait chez ${shop.name}`,
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: pickupSet.service_zone_id,
          shipping_profile_id: profiles[0].id,
          type: {
            label: "Retrait en boutique",
            description: "Gratuit, à l'heure choisie",
            code: "pickup",
          },
          prices: [{ currency_code: "eur", amount: 0 }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
          data: { shop_id: shop.id },
        },
      ]
    )
    createShippingOptionsWorkflow.runAsStep({ input: shippingOptionInput })

    return new WorkflowResponse({ shop, owner, stock_location: locations[0] })
  }
)
