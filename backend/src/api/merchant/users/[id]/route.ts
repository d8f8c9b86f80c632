import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { removeStaffWorkflow } from "../../../../workflows/staff/remove-staff"
import { merchantContext } from "../../context"

/** The owner removes a staff member from the team (never the owner). */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<{ id: string; object: "merchant_user"; deleted: true }>
): Promise<void> {
  const { shop_id, role } = merchantContext(req)
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [user] = await marketplace.listMerchantUsers({ id: req.params.id, shop_id }, { take: 1 })
  if (!user) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cette personne ne fait pas partie de votre boutique.")
  }
  if (role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Seul le ou la responsable de la boutique peut retirer un accès.")
  }
  if (user.role === "owner") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Le ou la responsable de la boutique ne peut pas être retiré(e).")
  }
  await removeStaffWorkflow(req.scope).run({ input: { id: user.id } })
  res.json({ id: user.id, object: "merchant_user", deleted: true })
}
