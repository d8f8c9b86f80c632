import { type QueryClient, QueryClientProvider } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { createQueryClient } from "@/lib/query-client"
import { expireSession } from "@/lib/session"

/** The app's query client: a 401 on any query ends the session (see the protected layout). */
export function createAppQueryClient(): QueryClient {
  const queryClient: QueryClient = createQueryClient({
    onUnauthorized: () => void expireSession(queryClient),
  })
  return queryClient
}

/** Everything the routes need around them. i18next is bound globally by `@/lib/i18n`. */
export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient
  children: ReactNode
}) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}
