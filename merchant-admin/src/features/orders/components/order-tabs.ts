import type { PickupStatus } from "@mirashop/contract"

/** A tab of the order queue: the lifecycle states it shows, and its address (`?onglet=`). */
export interface OrderTab {
  slug: "a-accepter" | "en-preparation" | "pretes" | "retirees" | "annulees"
  statuses: readonly PickupStatus[]
}

/** The queue's tabs, in the order an order goes through them. */
export const ORDER_TABS: readonly OrderTab[] = [
  { slug: "a-accepter", statuses: ["placed"] },
  { slug: "en-preparation", statuses: ["accepted"] },
  { slug: "pretes", statuses: ["ready_for_pickup"] },
  { slug: "retirees", statuses: ["collected"] },
  { slug: "annulees", statuses: ["cancelled", "no_show"] },
]

/** The tab named in the address, the first one when the name is missing or unknown. */
export function tabOf(slug: string | null): OrderTab {
  return ORDER_TABS.find((tab) => tab.slug === slug) ?? ORDER_TABS[0]
}
