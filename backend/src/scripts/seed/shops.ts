import type { CreateProductWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createShopProductsWorkflow } from "../../workflows/product/create-shop-products"
import { createShopWorkflow } from "../../workflows/shop/create-shop"
import { DEMO_PASSWORD } from "../seed-data/demo-logins"
import type { SeedProduct, SeedShop } from "../seed-data/types"
import { registerEmailPassword } from "./accounts"
import { type Platform, uniqueHandle } from "./platform"

/** Opens one demo shop (approved), its owner account and its catalogue with stock. */
export async function seedShop(
  container: MedusaContainer,
  platform: Platform,
  seed: SeedShop,
  usedHandles: Set<string>
): Promise<number> {
  const { owner, products, ...profile } = seed
  const authIdentityId = await registerEmailPassword(container, owner.email, DEMO_PASSWORD)
  const { result } = await createShopWorkflow(container).run({
    input: {
      shop: { ...profile, status: "approved", approved_at: new Date("2026-11-02T09:00:00Z") },
      owner,
      auth_identity_id: authIdentityId,
    },
  })

  const stockBySku: Record<string, number> = {}
  const productInputs = products.map((product, index) => {
    const input = toProductInput(product, seed.handle, index, platform, usedHandles)
    for (const [i, variant] of (input.variants ?? []).entries()) {
      stockBySku[variant.sku as string] = product.stock[i]
    }
    return input
  })

  await createShopProductsWorkflow(container).run({
    input: {
      shop_id: result.shop.id,
      location_id: result.stock_location.id,
      products: productInputs,
      stock_by_sku: stockBySku,
    },
  })
  return products.length
}

function toProductInput(
  product: SeedProduct,
  shopHandle: string,
  index: number,
  platform: Platform,
  usedHandles: Set<string>
): CreateProductWorkflowInputDTO {
  const skuBase = `${shopHandle}-${String(index + 1).padStart(3, "0")}`.toUpperCase()
  const option = product.option ?? { title: "Format", values: ["Standard"] }
  return {
    title: product.title,
    handle: uniqueHandle(product.title, usedHandles),
    description: product.description,
    status: ProductStatus.PUBLISHED,
    type_id: platform.vatTypeIds[product.vat],
    category_ids: [platform.categoryIds[product.category]],
    shipping_profile_id: platform.shippingProfileId,
    sales_channels: [{ id: platform.salesChannelId }],
    options: [{ title: option.title, values: option.values }],
    variants: option.values.map((value, i) => ({
      title: product.option ? value : product.title,
      sku: `${skuBase}-${i + 1}`,
      manage_inventory: true,
      options: { [option.title]: value },
      prices: [{ amount: product.prices[i], currency_code: "eur" }],
    })),
  }
}
