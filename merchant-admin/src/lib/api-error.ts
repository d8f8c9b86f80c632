import { FetchError } from "@medusajs/js-sdk"
import { httpStatus } from "./sdk"

/**
 * The sentence to show for a failed request: the backend's own message for a refused input
 * (our backend writes them for merchants), `fallback` for network and server failures.
 */
export function apiErrorMessage(error: unknown, fallback: string): string | null {
  if (!error) return null
  const status = httpStatus(error) ?? 0
  if (error instanceof FetchError && status >= 400 && status < 500 && error.message) return error.message
  return fallback
}
