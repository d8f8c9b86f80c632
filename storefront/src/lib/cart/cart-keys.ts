/** Query keys of the shopper's cart; everything about it is under `cartKeys.all`. */
export const cartKeys = {
  all: ["cart"] as const,
  /** The Medusa cart (line items, for the header count and line ids). */
  detail: (id: string) => [...cartKeys.all, id, "detail"] as const,
  /** The cart grouped by shop, with pickup slots (`GET /store/carts/:id/pickup`). */
  pickup: (id: string) => [...cartKeys.all, id, "pickup"] as const,
}
