import { QueryCache, QueryClient } from "@tanstack/react-query"
import { httpStatus, isUnauthorized } from "./sdk"

const MAX_RETRIES = 2

/** Retry network and server failures, never answers that will not change (4xx). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = httpStatus(error)
  if (status !== undefined && status >= 400 && status < 500) return false
  return failureCount < MAX_RETRIES
}

/**
 * The app's query client. `onUnauthorized` runs when any query gets a 401, i.e. the
 * session expired while the merchant was working: the app then sends them to the login.
 */
export function createQueryClient({ onUnauthorized }: { onUnauthorized: () => void }): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized()
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  })
}
