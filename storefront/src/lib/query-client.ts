import { QueryClient } from "@tanstack/react-query"
import { httpStatus } from "./http-error"

const MAX_RETRIES = 2

/** Retry network and server failures, never answers that will not change (4xx). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = httpStatus(error)
  if (status !== undefined && status >= 400 && status < 500) return false
  return failureCount < MAX_RETRIES
}

/** The storefront's query client: public catalogue data, fresh enough for a minute. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Coming back to a tab must not re-download every list: sobriety over split-second freshness.
      queries: { staleTime: 60_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
