import type { HttpTypes } from "@medusajs/types"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { httpStatus } from "./http-error"

/** Where the sdk keeps the shopper's token (its default: local storage). */
const TOKEN_STORAGE_KEY = "medusa_auth_token"

function hasToken(): boolean {
  try {
    return Boolean(window.localStorage.getItem(TOKEN_STORAGE_KEY))
  } catch {
    return false
  }
}

/** Query keys of the signed-in shopper. */
export const customerKeys = {
  all: ["customer"] as const,
  me: () => [...customerKeys.all, "me"] as const,
}

/** The signed-in shopper, or null for a guest (no token, or an expired one). */
export async function getCustomer(signal?: AbortSignal): Promise<HttpTypes.StoreCustomer | null> {
  if (!hasToken()) return null
  const { sdk } = await import("./sdk")
  try {
    const { customer } = await sdk.client.fetch<HttpTypes.StoreCustomerResponse>(
      "/store/customers/me",
      {
        signal,
      }
    )
    return customer
  } catch (error) {
    if (httpStatus(error) === 401) return null
    throw error
  }
}

export function customerQueryOptions() {
  return queryOptions({ queryKey: customerKeys.me(), queryFn: ({ signal }) => getCustomer(signal) })
}

/** The signed-in shopper (null for a guest). */
export function useCustomer() {
  return useQuery(customerQueryOptions())
}
