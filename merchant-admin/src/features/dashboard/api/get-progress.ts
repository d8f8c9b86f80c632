import type { MerchantProgressResponse, ShopProgress } from "@mirashop/contract"
import { queryOptions, useQuery } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/** Query keys of the shop's progress. */
export const progressKeys = {
  all: ["progress"] as const,
  current: () => [...progressKeys.all, "current"] as const,
}

/** `GET /merchant/progress`. */
export async function getProgress(): Promise<ShopProgress> {
  return (await sdk.client.fetch<MerchantProgressResponse>("/merchant/progress")).progress
}

/**
 * Progress is measured from everything the merchant edits elsewhere, so it is never taken from
 * the cache: coming back to the home page always shows the latest state.
 */
export function progressQueryOptions() {
  return queryOptions({ queryKey: progressKeys.current(), queryFn: getProgress, staleTime: 0, refetchOnMount: "always" })
}

/** The shop's onboarding and coaching checklists. */
export function useProgress() {
  return useQuery(progressQueryOptions())
}
