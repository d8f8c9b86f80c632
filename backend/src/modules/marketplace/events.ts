/** Events the marketplace emits; subscribers react to these names only. */
export const MARKETPLACE_EVENTS = {
  SHOP_CREATED: "shop.created",
  SHOP_APPROVED: "shop.approved",
  SHOP_SUSPENDED: "shop.suspended",
  CHECKOUT_PLACED: "checkout.placed",
  PICKUP_ACCEPTED: "pickup.accepted",
  PICKUP_READY: "pickup.ready",
  PICKUP_COLLECTED: "pickup.collected",
  PICKUP_CANCELLED: "pickup.cancelled",
  PICKUP_NO_SHOW: "pickup.no_show",
} as const
