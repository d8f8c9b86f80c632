import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

/** Finds the customer a resource named in the path belongs to (null: a guest's, or none). */
type OwnerOf = (container: MedusaContainer, id: string) => Promise<string | null>

function signedInShopper(req: MedusaRequest): string | undefined {
  const context: unknown = Reflect.get(req, "auth_context")
  if (!context || typeof context !== "object") return undefined
  const actorType: unknown = Reflect.get(context, "actor_type")
  const actorId: unknown = Reflect.get(context, "actor_id")
  return actorType === "customer" && typeof actorId === "string" && actorId ? actorId : undefined
}

/**
 * Whether `customerId` is a registered account. Medusa gives a guest's cart a customer record
 * too (`has_account: false`): such a cart stays the guest's link, open to the shopper who
 * signs in later to claim it.
 */
async function isAccount(container: MedusaContainer, customerId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: customerId } })
  const customer = data[0] as { has_account?: boolean } | undefined
  return customer?.has_account === true
}

/**
 * A guard answering 404 when a signed-in shopper names a resource of another shopper's account,
 * the same answer as for an id that does not exist (ADR 0012). Guests keep reaching their checkout
 * by its long random id (the confirmation link); only another account is refused.
 */
function ownedByCaller(ownerOf: OwnerOf, notFound: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction): Promise<void> => {
    const caller = signedInShopper(req)
    const id = req.params.id
    if (caller && id) {
      const owner = await ownerOf(req.scope, id)
      if (owner && owner !== caller && (await isAccount(req.scope, owner))) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, notFound)
      }
    }
    next()
  }
}

const checkoutOwner: OwnerOf = async (container, checkoutId) => {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [pickup] = await marketplace.listOrderPickups({ checkout_id: checkoutId }, { select: ["customer_id"], take: 1 })
  return pickup?.customer_id ?? null
}

function ownerByGraph(entity: "cart" | "order"): OwnerOf {
  return async (container, id) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields: ["id", "customer_id"], filters: { id } })
    const row = data[0] as { customer_id?: string | null } | undefined
    return row?.customer_id ?? null
  }
}

/** Reads a shopper's session or bearer token when there is one; guests go through unauthenticated. */
const optionalShopper = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Shopper scoping of every store route that names a checkout, a cart or an order by id: Mirashop's
 * checkouts and Medusa's own carts and orders. Without `methods`, Medusa mounts a middleware with
 * `app.use`, which matches the path and every sub-route under it, whatever the method.
 */
export const shopperScopeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/checkouts/:id", middlewares: [optionalShopper, ownedByCaller(checkoutOwner, "Cette commande n'existe pas.")] },
  { matcher: "/store/carts/:id", middlewares: [optionalShopper, ownedByCaller(ownerByGraph("cart"), "Ce panier n'existe pas.")] },
  { matcher: "/store/orders/:id", middlewares: [optionalShopper, ownedByCaller(ownerByGraph("order"), "Cette commande n'existe pas.")] },
]
