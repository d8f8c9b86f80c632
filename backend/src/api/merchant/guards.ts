import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ShopProductLink from "../../links/shop-product"
import { merchantContext } from "./context"

/** 404 unless the product in the path belongs to the caller's shop (so another shop's ids reveal nothing). */
export async function ensureOwnProduct(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  const { shop_id } = merchantContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ShopProductLink.entryPoint,
    fields: ["product_id"],
    filters: { shop_id, product_id: req.params.id },
  })
  if (data.length === 0) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Ce produit n'existe pas dans votre boutique.")
  }
  if (req.params.variant_id) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { id: req.params.variant_id, product_id: req.params.id },
    })
    if (variants.length === 0) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette déclinaison n'existe pas pour ce produit.")
    }
  }
  next()
}
