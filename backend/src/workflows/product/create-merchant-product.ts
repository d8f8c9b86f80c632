import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MerchantCreateProductType } from "../../api/merchant/products/validators"
import { createShopProductsWorkflow } from "./create-shop-products"
import { prepareMerchantProductStep } from "./steps/prepare-merchant-product"

/** A product a merchant adds from the merchant admin. */
export interface CreateMerchantProductWorkflowInput {
  shop_id: string
  location_id: string
  product: MerchantCreateProductType
}

export const createMerchantProductWorkflowId = "create-merchant-product"

/** Adds one product to a merchant's shop, stock included; visible to shoppers only once the shop is live. */
export const createMerchantProductWorkflow = createWorkflow(
  createMerchantProductWorkflowId,
  (input: CreateMerchantProductWorkflowInput) => {
    const prepared = prepareMerchantProductStep({ shop_id: input.shop_id, product: input.product })
    const shopProducts = transform({ input, prepared }, ({ input, prepared }) => ({
      shop_id: input.shop_id,
      location_id: input.location_id,
      products: [prepared.product],
      stock_by_sku: prepared.stock_by_sku,
    }))
    const products = createShopProductsWorkflow.runAsStep({ input: shopProducts })
    const product = transform({ products }, ({ products }) => products[0])
    return new WorkflowResponse(product)
  }
)
