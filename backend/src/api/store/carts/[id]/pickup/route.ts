import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import type { CartPickupResponse } from "@mirashop/contract"
import { isSlotBookable } from "@mirashop/domain"
import { chosenSlots, readCartPickup } from "../../../../../lib/cart-pickup"
import type { StoreSetPickupSlotsType } from "./validators"

/** The cart grouped by shop: items, subtotal, where to collect and the bookable slots of the next 7 days. */
export async function GET(req: MedusaRequest, res: MedusaResponse<CartPickupResponse>): Promise<void> {
  const { pickups } = await readCartPickup(req.scope, req.params.id, new Date())
  res.json({ cart_id: req.params.id, pickups })
}

/** Sets the pickup slot of one or more shops of the cart; each slot is checked again at checkout. */
export async function POST(
  req: MedusaRequest<StoreSetPickupSlotsType>,
  res: MedusaResponse<CartPickupResponse>
): Promise<void> {
  // Two slot choices sent at once (one per shop) must both be kept: they update the cart in turn.
  const locking = req.scope.resolve(Modules.LOCKING)
  const pickups = await locking.execute(`cart-pickup:${req.params.id}`, () => setSlots(req))
  res.json({ cart_id: req.params.id, pickups })
}

async function setSlots(req: MedusaRequest<StoreSetPickupSlotsType>): Promise<CartPickupResponse["pickups"]> {
  const now = new Date()
  const { cart, pickups, slotInputs } = await readCartPickup(req.scope, req.params.id, now)
  const chosen = chosenSlots(cart)
  for (const { shop_id, start } of req.validatedBody.slots) {
    const pickup = pickups.find((p) => p.shop.id === shop_id)
    if (!pickup) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ce panier ne contient aucun article de cette boutique.")
    }
    if (!isSlotBookable(start, slotInputs[shop_id])) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Ce créneau n'est plus disponible chez ${pickup.shop.name} : choisissez-en un autre.`
      )
    }
    chosen[shop_id] = new Date(start).toISOString()
  }
  await updateCartWorkflow(req.scope).run({
    input: { id: cart.id, metadata: { ...(cart.metadata ?? {}), pickup_slots: chosen } },
  })
  return (await readCartPickup(req.scope, req.params.id, now)).pickups
}
