import type { MerchantMeResponse, Trade } from "@mirashop/contract"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"
import { sessionKeys } from "@/lib/session"
import { login } from "./login"

/** What a shopkeeper gives to open a shop; the rest comes with the onboarding checklist. */
export interface SignUpInput {
  email: string
  password: string
  first_name: string
  last_name: string
  shop_name: string
  trade: Trade
  siret: string
}

/** A new e-mail + password identity; its token can only create a shop or take up an invitation. */
async function register(email: string, password: string): Promise<string> {
  const token = await sdk.auth.register("merchant", "emailpass", { email, password })
  if (typeof token !== "string") throw new Error("Unexpected register response")
  return token
}

/** Registers, opens a pending shop, then signs in (the new token carries the merchant user). */
export async function signUp(input: SignUpInput): Promise<MerchantMeResponse> {
  const token = await register(input.email, input.password)
  await sdk.client.fetch("/merchant/shops", {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: {
      name: input.shop_name,
      trade: input.trade,
      ...(input.siret.trim() ? { siret: input.siret } : {}),
      owner: { first_name: input.first_name, last_name: input.last_name },
    },
  })
  return login({ email: input.email, password: input.password })
}

/** Registers with the invited e-mail, joins the shop's team, then signs in. */
export async function acceptInvite(input: { token: string; email: string; password: string }): Promise<MerchantMeResponse> {
  const registration = await register(input.email, input.password)
  await sdk.client.fetch("/merchant/invites/accept", {
    method: "POST",
    headers: { authorization: `Bearer ${registration}` },
    body: { token: input.token },
  })
  return login({ email: input.email, password: input.password })
}

/** Starts a session with a clean cache once an account is made. */
function useStartSession<I>(mutationFn: (input: I) => Promise<MerchantMeResponse>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (me) => {
      queryClient.removeQueries()
      queryClient.setQueryData(sessionKeys.me(), me)
    },
  })
}

export function useSignUp() {
  return useStartSession(signUp)
}

export function useAcceptInvite() {
  return useStartSession(acceptInvite)
}

/** Asks for a reset link by e-mail; the answer is the same whether the address is known or not. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => sdk.auth.resetPassword("merchant", "emailpass", { identifier: email }) })
}

/** Sets a new password with the token of the e-mailed link. */
export function useSetNewPassword() {
  return useMutation({
    mutationFn: (input: { token: string; email: string; password: string }) =>
      sdk.auth.updateProvider("merchant", "emailpass", { email: input.email, password: input.password }, input.token),
  })
}
