import {
  createAndLinkProductOptionsToProductWorkflow,
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MerchantCreateVariantType } from "../../api/merchant/products/validators"
import { prepareMerchantVariantStep } from "./steps/prepare-merchant-variant"

/** A variant a merchant adds to one of their products, with its stock at the shop. */
export interface CreateMerchantVariantWorkflowInput {
  product_id: string
  location_id: string
  variant: MerchantCreateVariantType
}

export const createMerchantVariantWorkflowId = "create-merchant-variant"

/**
 * Adds a variant: a new value of the product's option (added to this product's own set of
 * values), the variant with its price, and its stock at the shop.
 */
export const createMerchantVariantWorkflow = createWorkflow(
  createMerchantVariantWorkflowId,
  (input: CreateMerchantVariantWorkflowInput) => {
    const option = prepareMerchantVariantStep({ product_id: input.product_id, title: input.variant.title })
    const optionUpdate = transform({ input, option }, ({ input, option }) => ({
      product_id: input.product_id,
      update: [{ product_option_id: option.option_id, add: [{ value: input.variant.title }] }],
    }))
    createAndLinkProductOptionsToProductWorkflow.runAsStep({ input: optionUpdate })

    const variantInput = transform({ input, option }, ({ input, option }) => ({
      product_variants: [
        {
          product_id: input.product_id,
          title: input.variant.title,
          ...(input.variant.sku ? { sku: input.variant.sku } : {}),
          manage_inventory: true,
          options: { [option.option_title]: input.variant.title },
          prices: [{ amount: input.variant.price, currency_code: "eur" }],
        },
      ],
    }))
    const variants = createProductVariantsWorkflow.runAsStep({ input: variantInput })
    const variantIds = transform({ variants }, ({ variants }) => variants.map((variant) => variant.id))
    const { data: items } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })
    const levels = transform({ input, items }, ({ input, items }) => ({
      inventory_levels: items.flatMap((variant) =>
        (variant.inventory_items ?? []).flatMap((item) =>
          item
            ? [{ inventory_item_id: item.inventory_item_id, location_id: input.location_id, stocked_quantity: input.variant.stock }]
            : []
        )
      ),
    }))
    createInventoryLevelsWorkflow.runAsStep({ input: levels })
    return new WorkflowResponse(variants)
  }
)
