import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MerchantTeamMemberResponse, MerchantTeamResponse } from "@mirashop/contract"
import { toTeamMember } from "../../../lib/team"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { inviteStaffWorkflow } from "../../../workflows/staff/invite-staff"
import { merchantContext } from "../context"
import type { MerchantInviteStaffType } from "./validators"

/** The people who work in the caller's shop, owner first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<MerchantTeamResponse>): Promise<void> {
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const users = await marketplace.listMerchantUsers({ shop_id: merchantContext(req).shop_id }, { order: { role: "ASC", created_at: "ASC" } })
  res.json({ users: users.map(toTeamMember), count: users.length, offset: 0, limit: users.length })
}

/** The owner invites a colleague (role `staff`), who receives a link by e-mail. */
export async function POST(
  req: AuthenticatedMedusaRequest<MerchantInviteStaffType>,
  res: MedusaResponse<MerchantTeamMemberResponse>
): Promise<void> {
  const { shop_id, user_id, role } = merchantContext(req)
  if (role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Seul le ou la responsable de la boutique peut inviter quelqu'un.")
  }
  const { result } = await inviteStaffWorkflow(req.scope).run({
    input: { shop_id, inviter_id: user_id, ...req.validatedBody },
  })
  res.status(201).json({ user: toTeamMember(result) })
}
