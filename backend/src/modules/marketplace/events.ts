/** Events the marketplace emits; subscribers react to these names only. */
export const MARKETPLACE_EVENTS = {
  SHOP_CREATED: "shop.created",
  SHOP_APPROVED: "shop.approved",
  SHOP_SUSPENDED: "shop.suspended",
} as const
