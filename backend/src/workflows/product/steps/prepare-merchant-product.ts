import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import type { MerchantCreateProductType } from "../../../api/merchant/products/validators"
import { defaultShippingProfileId, marketplaceChannelIds, vatTypeIds } from "../../../lib/catalog-refs"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { slugify } from "../../../utils/slugify"

export const prepareMerchantProductStepId = "prepare-merchant-product"

/** A merchant's new product, before it becomes Medusa's product input. */
export interface PrepareMerchantProductInput {
  shop_id: string
  product: MerchantCreateProductType
}

/**
 * Turns a merchant's product form into Medusa's product input: a free handle, SKUs,
 * the VAT type, the pickup shipping profile, and the sales channel only if the shop is live.
 */
export const prepareMerchantProductStep = createStep(
  prepareMerchantProductStepId,
  async (input: PrepareMerchantProductInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const productModule = container.resolve(Modules.PRODUCT)
    const shop = await marketplace.retrieveShop(input.shop_id)
    const { product } = input

    const categories = product.category_ids.length
      ? await productModule.listProductCategories({ id: product.category_ids }, { select: ["id"] })
      : []
    if (categories.length !== product.category_ids.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Une des catégories choisies n'existe pas.")
    }

    const base = slugify(product.title) || "produit"
    const taken = new Set(
      (await productModule.listProducts({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map(
        (p) => p.handle
      )
    )
    let handle = base
    for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`

    const [channels, types, profileId] = await Promise.all([
      marketplaceChannelIds(query),
      vatTypeIds(query),
      defaultShippingProfileId(query),
    ])
    const skuPrefix = `${shop.handle.slice(0, 12)}-${randomBytes(3).toString("hex")}`.toUpperCase()
    const stockBySku: Record<string, number> = {}
    const variants = product.variants.map((variant, index) => {
      const sku = variant.sku ?? `${skuPrefix}-${index + 1}`
      stockBySku[sku] = variant.stock
      return {
        title: variant.title,
        sku,
        manage_inventory: true,
        options: { [product.option_title]: variant.title },
        prices: [{ amount: variant.price, currency_code: "eur" }],
      }
    })

    const productInput: CreateProductWorkflowInputDTO = {
      title: product.title,
      handle,
      description: product.description,
      status: product.status,
      type_id: types[product.vat_category],
      category_ids: product.category_ids,
      shipping_profile_id: profileId,
      sales_channels: shop.status === "approved" ? channels.map((id) => ({ id })) : [],
      options: [{ title: product.option_title, values: product.variants.map((v) => v.title) }],
      variants,
    }
    return new StepResponse({ product: productInput, stock_by_sku: stockBySku })
  }
)
