import type { MerchantTeamMember } from "@mirashop/contract"

/** Shapes a merchant user as a line of the shop's team list. */
export function toTeamMember(user: {
  id: string
  email: string
  first_name: string
  last_name: string
  role: "owner" | "staff"
  joined_at: Date | string | null
}): MerchantTeamMember {
  return {
    id: user.id,
    email: user.email,
    first_name: user.first_name,
    last_name: user.last_name,
    role: user.role,
    joined_at: user.joined_at ? new Date(user.joined_at).toISOString() : null,
  }
}
