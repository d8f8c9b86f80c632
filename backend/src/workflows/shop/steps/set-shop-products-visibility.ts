import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setShopProductsVisibilityStepId = "set-shop-products-visibility"

/** Whose products to show or hide. */
export interface SetShopProductsVisibilityInput {
  shop_id: string
  visible: boolean
}

async function channelLinks(container: Parameters<Parameters<typeof createStep>[1]>[1]["container"], shopId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shops } = await query.graph({
    entity: "shop",
    fields: ["products.id"],
    filters: { id: shopId },
  })
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { is_disabled: false },
  })
  const products = ((shops[0] as { products?: { id: string }[] } | undefined)?.products ?? [])
  const productIds = products.map((product) => product.id)
  return productIds.flatMap((productId) =>
    channels.map(
      (channel): LinkDefinition => ({
        [Modules.PRODUCT]: { product_id: productId },
        [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
      })
    )
  )
}

/**
 * Puts a shop's products in (or takes them out of) the marketplace's sales channel: the
 * one switch that makes them visible and addable to carts — nothing is deleted.
 */
export const setShopProductsVisibilityStep = createStep(
  setShopProductsVisibilityStepId,
  async (input: SetShopProductsVisibilityInput, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const links = await channelLinks(container, input.shop_id)
    if (links.length > 0) {
      if (input.visible) await link.create(links)
      else await link.dismiss(links)
    }
    return new StepResponse(links.length, { links, visible: input.visible })
  },
  async (undo, { container }) => {
    if (!undo || undo.links.length === 0) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.visible) await link.dismiss(undo.links)
    else await link.create(undo.links)
  }
)
