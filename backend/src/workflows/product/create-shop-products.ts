import type { CreateProductWorkflowInputDTO, LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"

/** Products for one shop, with the stock of each variant (by SKU) at the shop's location. */
export interface CreateShopProductsWorkflowInput {
  shop_id: string
  location_id: string
  products: CreateProductWorkflowInputDTO[]
  stock_by_sku: Record<string, number>
}

export const createShopProductsWorkflowId = "create-shop-products"

/**
 * Adds products to a shop's catalogue: creates them, links them to the shop, and puts
 * their stock at the shop's own location so reservations land where the goods are.
 */
export const createShopProductsWorkflow = createWorkflow(
  createShopProductsWorkflowId,
  (input: CreateShopProductsWorkflowInput) => {
    const products = createProductsWorkflow.runAsStep({ input: { products: input.products } })

    const links = transform({ input, products }, ({ input, products }): LinkDefinition[] =>
      products.map((product) => ({
        [MARKETPLACE_MODULE]: { shop_id: input.shop_id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    createRemoteLinkStep(links)

    const variantIds = transform({ products }, ({ products }) =>
      products.flatMap((product) => (product.variants ?? []).map((variant) => variant.id))
    )
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { id: variantIds },
    })

    const levels = transform({ input, variants }, ({ input, variants }) => ({
      inventory_levels: variants.flatMap((variant) =>
        (variant.inventory_items ?? []).flatMap((item) =>
          item
            ? [
                {
                  inventory_item_id: item.inventory_item_id,
                  location_id: input.location_id,
                  stocked_quantity: input.stock_by_sku[variant.sku ?? ""] ?? 0,
                },
              ]
            : []
        )
      ),
    }))
    createInventoryLevelsWorkflow.runAsStep({ input: levels })

    return new WorkflowResponse(products)
  }
)
