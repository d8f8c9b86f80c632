import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** Forgets the merchant's token on this device. */
export async function logout(): Promise<void> {
  await sdk.auth.logout()
}

/** Logs out and drops every cached answer, so the next person on this tablet sees nothing. */
export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.removeQueries()
    },
  })
}
