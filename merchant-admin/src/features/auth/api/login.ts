import type { MerchantMeResponse } from "@mirashop/contract"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { isUnauthorized, sdk } from "@/lib/sdk"
import { getMe, sessionKeys } from "@/lib/session"

/** What the login form sends. */
export interface LoginInput {
  email: string
  password: string
}

/** Why a login was refused, when the merchant can do something about it. */
export type LoginFailure = "invalid_credentials" | "not_a_merchant"

/** A login refused for a reason the form explains to the merchant. */
export class LoginError extends Error {
  constructor(
    readonly reason: LoginFailure,
    options?: ErrorOptions
  ) {
    super(reason, options)
    this.name = "LoginError"
  }
}

/** Signs in with e-mail and password, then reads who that is. */
export async function login(input: LoginInput): Promise<MerchantMeResponse> {
  let result: Awaited<ReturnType<typeof sdk.auth.login>>
  try {
    result = await sdk.auth.login("merchant", "emailpass", { ...input })
  } catch (error) {
    if (isUnauthorized(error)) throw new LoginError("invalid_credentials", { cause: error })
    throw error
  }
  // A string is the token (already stored by the sdk). Merchants have no MFA nor
  // third-party login, so any other answer is a backend we do not understand.
  if (typeof result !== "string") throw new Error("Unexpected login response")
  // A valid identity without a merchant user (e.g. a shopper's account) gets a null session.
  const me = await getMe()
  if (!me) throw new LoginError("not_a_merchant")
  return me
}

/** Logs in and starts the session with a clean cache (nothing left from a previous user). */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.removeQueries()
      queryClient.setQueryData(sessionKeys.me(), me)
    },
  })
}
