export { CART_ID_STORAGE_KEY, readCartId, useCartId, writeCartId } from "./cart-id"
export { cartKeys } from "./cart-keys"
export { setCartIdentity, type CartIdentity, type StoreCart } from "./cart-api"
export {
  useAddToCart,
  useCart,
  useCartCount,
  useCartPickup,
  useRemoveLineItem,
  useSetPickupSlots,
  useUpdateLineItem,
} from "./use-cart"
