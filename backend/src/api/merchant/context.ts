import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Who is calling a `/merchant/*` route: the person and the one shop every read and write is scoped to. */
export interface MerchantContext {
  user_id: string
  shop_id: string
  role: "owner" | "staff"
  /** The shop's own stock location: where its stock lives and shoppers collect. */
  location_id: string
}

const contexts = new WeakMap<object, MerchantContext>()

/** Records the caller's shop (done once, by the scoping middleware). */
export function setMerchantContext(req: MedusaRequest, context: MerchantContext): void {
  contexts.set(req, context)
}

/** The caller's shop scope; routes never take a shop id from the request. */
export function merchantContext(req: MedusaRequest): MerchantContext {
  const context = contexts.get(req)
  if (!context) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Connectez-vous à votre espace commerçant.")
  }
  return context
}
