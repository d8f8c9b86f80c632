/**
 * HTTP status of a failed request, or undefined for network failures and other errors.
 * Reads the sdk's `FetchError` by shape rather than `instanceof`, so that the app shell
 * (query client, error views) does not pull the whole sdk into the first download.
 */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof Error && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined
}

/** True when the backend says the thing asked for does not exist (or is not public). */
export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404
}
