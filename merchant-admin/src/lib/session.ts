import type { MerchantMeResponse } from "@mirashop/contract"
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query"
import { isUnauthorized, sdk } from "./sdk"

/** Who is signed in: `null` when nobody is (or the token was refused). */
export type Session = MerchantMeResponse | null

/** Query keys of the signed-in merchant; every feature reads the session through these. */
export const sessionKeys = {
  all: ["session"] as const,
  me: () => [...sessionKeys.all, "me"] as const,
}

/** `GET /merchant/me`. A refused token is forgotten so the next visit starts clean. */
export async function getMe(): Promise<Session> {
  // No token, no request: the login page costs nothing on the network.
  if (!(await sdk.client.getToken())) return null
  try {
    return await sdk.client.fetch<MerchantMeResponse>("/merchant/me")
  } catch (error) {
    if (!isUnauthorized(error)) throw error
    await sdk.client.clearToken()
    return null
  }
}

export function meQueryOptions() {
  return queryOptions({ queryKey: sessionKeys.me(), queryFn: getMe })
}

/** The signed-in merchant user and their shop. */
export function useMe() {
  return useQuery(meQueryOptions())
}

/**
 * The backend refused our token (expired or revoked): forget it and mark the session over,
 * which sends the protected layout back to the login page.
 */
export async function expireSession(queryClient: QueryClient): Promise<void> {
  await sdk.client.clearToken()
  queryClient.setQueryData(sessionKeys.me(), null)
}
