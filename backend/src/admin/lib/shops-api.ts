import { adminFetch } from "./admin-fetch"
import type { AdminShop, AdminShopListResponse, AdminShopResponse, ShopStatus } from "@mirashop/contract"

/** Shops, optionally only those with a given status. */
export function listShops(status?: ShopStatus): Promise<AdminShopListResponse> {
  const query = new URLSearchParams({ limit: "100" })
  if (status) query.set("status", status)
  return adminFetch(`/admin/shops?${query.toString()}`)
}

/** Approves a shop; it goes live. */
export function approveShop(id: string): Promise<AdminShopResponse> {
  return adminFetch(`/admin/shops/${id}/approve`, { method: "POST" })
}

/** Suspends a shop with a reason that the merchant receives. */
export function suspendShop(id: string, reason: string): Promise<AdminShopResponse> {
  return adminFetch(`/admin/shops/${id}/suspend`, { method: "POST", body: JSON.stringify({ reason }) })
}

/** French labels of a shop's status. */
export const STATUS_LABELS: Record<ShopStatus, string> = {
  pending: "En attente de validation",
  approved: "En ligne",
  suspended: "Suspendue",
}

export type { AdminShop }
