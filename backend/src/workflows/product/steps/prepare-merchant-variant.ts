import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const prepareMerchantVariantStepId = "prepare-merchant-variant"

/** Finds the product's option a new variant takes a value of, refusing a duplicate name. */
export const prepareMerchantVariantStep = createStep(
  prepareMerchantVariantStepId,
  async (input: { product_id: string; title: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const product = await products.retrieveProduct(input.product_id, { relations: ["variants", "options"] })
    const option = product.options?.[0]
    if (!option) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Ce produit n'a pas de déclinaisons.")
    }
    const taken = (product.variants ?? []).map((variant) => variant.title.toLowerCase())
    if (taken.includes(input.title.toLowerCase())) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Une déclinaison « ${input.title} » existe déjà.`)
    }
    return new StepResponse({ option_id: option.id, option_title: option.title })
  }
)
