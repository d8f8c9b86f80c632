import type { MerchantTeamMember, MerchantTeamMemberResponse, MerchantTeamResponse } from "@mirashop/contract"
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** Query keys of the shop's team. */
export const teamKeys = {
  all: ["team"] as const,
  list: () => [...teamKeys.all, "list"] as const,
}

/** `GET /merchant/users`. */
export async function listTeam(): Promise<MerchantTeamMember[]> {
  return (await sdk.client.fetch<MerchantTeamResponse>("/merchant/users")).users
}

/** What the owner gives to invite a colleague. */
export interface InviteInput {
  email: string
  first_name: string
  last_name: string
}

/** `POST /merchant/users`: the colleague receives a link by e-mail. */
export async function inviteColleague(input: InviteInput): Promise<MerchantTeamMember> {
  return (await sdk.client.fetch<MerchantTeamMemberResponse>("/merchant/users", { method: "POST", body: input })).user
}

/** `DELETE /merchant/users/:id`: the colleague's access stops at once. */
export async function removeColleague(id: string): Promise<void> {
  await sdk.client.fetch(`/merchant/users/${id}`, { method: "DELETE" })
}

export function teamQueryOptions() {
  return queryOptions({ queryKey: teamKeys.list(), queryFn: listTeam })
}

export function useTeam() {
  return useQuery(teamQueryOptions())
}

export function useInviteColleague() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: inviteColleague, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }) })
}

export function useRemoveColleague() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: removeColleague, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all }) })
}
