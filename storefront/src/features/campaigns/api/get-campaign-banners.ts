import type { CampaignBannerListResponse } from "@mirashop/contract"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "@/lib/sdk"

/**
 * `GET /store/campaign-banners`: the city's running campaigns. Banners are a bonus: any
 * failure (route missing, server down) resolves to no banner rather than an error.
 */
export async function getCampaignBanners(
  signal?: AbortSignal
): Promise<CampaignBannerListResponse> {
  try {
    const answer = await sdk.client.fetch<CampaignBannerListResponse>("/store/campaign-banners", {
      signal,
    })
    return { banners: Array.isArray(answer?.banners) ? answer.banners : [] }
  } catch {
    return { banners: [] }
  }
}

/** The banners of the campaigns running now, never retried nor refetched on focus. */
export function useCampaignBanners() {
  return useQuery({
    queryKey: ["campaign-banners"],
    queryFn: ({ signal }) => getCampaignBanners(signal),
    retry: false,
    staleTime: 5 * 60_000,
  })
}
