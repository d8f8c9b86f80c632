import { useSyncExternalStore } from "react"

/** Where this device keeps the id of the shopper's open Medusa cart. */
export const CART_ID_STORAGE_KEY = "mirashop_cart_id"

const listeners = new Set<() => void>()

/** The open cart's id on this device, or null (none yet, or storage blocked). */
export function readCartId(): string | null {
  try {
    return window.localStorage.getItem(CART_ID_STORAGE_KEY)
  } catch {
    return null
  }
}

/** Remembers (or forgets, with null) the open cart, and tells every component showing it. */
export function writeCartId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(CART_ID_STORAGE_KEY, id)
    else window.localStorage.removeItem(CART_ID_STORAGE_KEY)
  } catch {
    // Storage blocked: the cart lives as long as the page.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab may add to the same cart.
  window.addEventListener("storage", listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("storage", listener)
  }
}

/** The open cart's id, re-rendering when it is created or forgotten. */
export function useCartId(): string | null {
  return useSyncExternalStore(subscribe, readCartId, () => null)
}
