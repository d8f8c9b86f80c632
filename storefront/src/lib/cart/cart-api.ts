import type { HttpTypes } from "@medusajs/types"
import type { CartPickupRequest, CartPickupResponse } from "@mirashop/contract"
import { httpStatus } from "@/lib/http-error"
import { readCartId, writeCartId } from "./cart-id"

// The sdk is imported on first use, so the app shell (header and its cart count) stays light.
const loadSdk = async () => (await import("@/lib/sdk")).sdk

/** Fields of the Medusa cart the storefront reads; the rest comes from the pickup route. */
const CART_FIELDS = "id,email,completed_at,customer_id,items.id,items.quantity,items.variant_id"

/** A Medusa cart as the storefront reads it. */
export type StoreCart = HttpTypes.StoreCart

/** The open cart, or null when it no longer exists or was checked out (then it is forgotten). */
export async function getCart(id: string, signal?: AbortSignal): Promise<StoreCart | null> {
  const sdk = await loadSdk()
  try {
    const { cart } = await sdk.client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      signal,
    })
    if (cart.completed_at) {
      writeCartId(null)
      return null
    }
    return cart
  } catch (error) {
    if (httpStatus(error) === 404) {
      writeCartId(null)
      return null
    }
    throw error
  }
}

/** The region carts are made in: France (every shop is in Miramas). */
async function franceRegionId(): Promise<string> {
  const sdk = await loadSdk()
  const { regions } = await sdk.store.region.list({ fields: "id,countries.iso_2" })
  const france =
    regions.find((region) => region.countries?.some((c) => c.iso_2 === "fr")) ?? regions[0]
  if (!france) throw new Error("The backend has no region to make a cart in")
  return france.id
}

/** A new cart in region France, remembered on this device. */
export async function createCart(): Promise<string> {
  const sdk = await loadSdk()
  const { cart } = await sdk.store.cart.create(
    { region_id: await franceRegionId() },
    { fields: "id" }
  )
  writeCartId(cart.id)
  return cart.id
}

/** Adds a variant to the open cart, starting a new one when there is none (or it is gone). */
export async function addToCart(variantId: string, quantity: number): Promise<string> {
  const sdk = await loadSdk()
  const existing = readCartId()
  const cartId = existing ?? (await createCart())
  try {
    await sdk.store.cart.createLineItem(
      cartId,
      { variant_id: variantId, quantity },
      { fields: "id" }
    )
    return cartId
  } catch (error) {
    // A cart checked out or cleaned up since: start afresh once.
    if (!existing || httpStatus(error) !== 404) throw error
    const fresh = await createCart()
    await sdk.store.cart.createLineItem(
      fresh,
      { variant_id: variantId, quantity },
      { fields: "id" }
    )
    return fresh
  }
}

/** Changes how many of a line the shopper wants. */
export async function updateLineItem(
  cartId: string,
  lineId: string,
  quantity: number
): Promise<void> {
  const sdk = await loadSdk()
  await sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" })
}

/** Takes a line out of the cart. */
export async function removeLineItem(cartId: string, lineId: string): Promise<void> {
  const sdk = await loadSdk()
  await sdk.store.cart.deleteLineItem(cartId, lineId)
}

/** `GET /store/carts/:id/pickup`: the cart grouped by shop, with subtotals and bookable slots. */
export async function getCartPickup(
  cartId: string,
  signal?: AbortSignal
): Promise<CartPickupResponse> {
  const sdk = await loadSdk()
  return sdk.client.fetch<CartPickupResponse>(`/store/carts/${cartId}/pickup`, { signal })
}

/** `POST /store/carts/:id/pickup`: stores the chosen slot of one or more shops. */
export async function setPickupSlots(
  cartId: string,
  body: CartPickupRequest
): Promise<CartPickupResponse> {
  const sdk = await loadSdk()
  return sdk.client.fetch<CartPickupResponse>(`/store/carts/${cartId}/pickup`, {
    method: "POST",
    body,
  })
}

/** Who collects the order (no street address: everything is collected in store). */
export interface CartIdentity {
  email: string
  first_name: string
  last_name: string
  phone: string
}

/** Puts the shopper's contact details on the cart, and ties it to their account when signed in. */
export async function setCartIdentity(
  cartId: string,
  identity: CartIdentity,
  signedIn: boolean
): Promise<void> {
  const sdk = await loadSdk()
  if (signedIn) await sdk.store.cart.transferCart(cartId, { fields: "id" })
  await sdk.store.cart.update(
    cartId,
    {
      email: identity.email,
      billing_address: {
        first_name: identity.first_name,
        last_name: identity.last_name,
        phone: identity.phone,
        country_code: "fr",
      },
    },
    { fields: "id" }
  )
}
