import type { TFunction } from "i18next"
import { CollectError } from "../api/collect"

/**
 * The sentence for a refused handover: the wait after too many wrong codes (from Retry-After,
 * in whole minutes), the backend's own sentence for a wrong code, a generic one otherwise.
 */
export function collectErrorMessage(error: unknown, t: TFunction): string | null {
  if (!error) return null
  if (error instanceof CollectError && error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
    return t("handover.locked", { count: minutes })
  }
  if (error instanceof CollectError && error.status >= 400 && error.status < 500 && error.message) return error.message
  return t("orders.actionError")
}
