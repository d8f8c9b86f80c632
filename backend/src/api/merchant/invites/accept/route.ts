import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MerchantMeResponse } from "@mirashop/contract"
import { readRuntimeEnv } from "../../../../config/runtime"
import { verifyInvite } from "../../../../lib/invite-token"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { acceptInviteWorkflow } from "../../../../workflows/staff/accept-invite"
import type { MerchantAcceptInviteType } from "../../users/validators"

/** An invited colleague, freshly registered with the invited e-mail, joins the shop's team. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantAcceptInviteType>,
  res: MedusaResponse<MerchantMeResponse>
): Promise<void> {
  const invite = verifyInvite(req.validatedBody.token, readRuntimeEnv(process.env).jwtSecret)
  if (!invite) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cette invitation n'est pas valable ou a expiré.")
  }
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Ce compte a déjà un accès commerçant.")
  }
  const identity = await req.scope.resolve(Modules.AUTH).retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (email?.toLowerCase() !== invite.email) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Inscrivez-vous avec l'adresse e-mail qui a reçu l'invitation.")
  }
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [member] = await marketplace.listMerchantUsers({ id: invite.merchant_user_id }, { relations: ["shop"], take: 1 })
  if (!member || member.joined_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Cette invitation a déjà été utilisée ou retirée.")
  }
  await acceptInviteWorkflow(req.scope).run({
    input: { auth_identity_id: identity.id, merchant_user_id: member.id },
  })
  res.json({
    merchant_user: { id: member.id, email: member.email, first_name: member.first_name, last_name: member.last_name, role: member.role },
    shop: { id: member.shop.id, handle: member.shop.handle, name: member.shop.name, status: member.shop.status },
  })
}
