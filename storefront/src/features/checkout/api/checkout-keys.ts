/** Query keys of placed checkouts (one order per shop). */
export const checkoutKeys = {
  all: ["checkouts"] as const,
  detail: (id: string) => [...checkoutKeys.all, "detail", id] as const,
}
