import { useMutation, useQueryClient } from "@tanstack/react-query"
import { customerKeys } from "@/lib/customer"
import { sdk } from "@/lib/sdk"

/** E-mail and password of a shopper. */
export interface Credentials {
  email: string
  password: string
}

/** What a new shopper gives to open an account. */
export interface SignUpInput extends Credentials {
  first_name: string
  last_name: string
  phone: string
}

/** Signs a shopper in (Medusa customer, emailpass); the sdk keeps the token on this device. */
export async function signIn({ email, password }: Credentials): Promise<void> {
  const result = await sdk.auth.login("customer", "emailpass", { email, password })
  if (typeof result !== "string") throw new Error("Unexpected sign-in step")
}

/** Registers the identity, creates the customer, then signs in again to get a token that carries it. */
export async function signUp(input: SignUpInput): Promise<void> {
  await sdk.auth.register("customer", "emailpass", { email: input.email, password: input.password })
  await sdk.store.customer.create({
    email: input.email,
    first_name: input.first_name,
    last_name: input.last_name,
    phone: input.phone || undefined,
  })
  await signIn(input)
}

/** Signs in; the signed-in shopper is read again everywhere. */
export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  })
}

/** Opens an account and signs in. */
export function useSignUp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signUp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  })
}

/** Signs out and forgets everything read as this shopper. */
export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => sdk.auth.logout(),
    onSettled: () => {
      queryClient.setQueryData(customerKeys.me(), null)
      queryClient.removeQueries({ queryKey: ["orders"] })
    },
  })
}
