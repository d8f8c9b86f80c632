import Medusa, { FetchError } from "@medusajs/js-sdk"

/** Where the sdk keeps the merchant's JWT; distinct from the storefront's and the Medusa admin's. */
export const JWT_STORAGE_KEY = "mirashop_merchant_jwt"

/**
 * The one Medusa client of the merchant admin. The static server (and nginx in production)
 * proxies the API paths to the backend, so it is always the page's own origin.
 */
export const sdk = new Medusa({
  baseUrl: window.location.origin,
  auth: { type: "jwt", jwtTokenStorageKey: JWT_STORAGE_KEY, jwtTokenStorageMethod: "local" },
})

/** HTTP status of an sdk error, or undefined for network failures and other errors. */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof FetchError ? error.status : undefined
}

/** True when the backend refused the request because nobody (valid) is signed in. */
export function isUnauthorized(error: unknown): boolean {
  return httpStatus(error) === 401
}
