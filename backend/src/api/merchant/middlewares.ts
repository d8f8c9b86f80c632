import {
  authenticate,
  validateAndTransformBody,
  unlessPath,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import cors from "cors"
import { readRuntimeEnv } from "../../config/runtime"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"
import { setMerchantContext } from "./context"
import { MerchantCreateShop } from "./shops/validators"

const merchantCors = cors({
  origin: readRuntimeEnv(process.env).merchantCors.split(",").map((origin) => origin.trim()),
  credentials: true,
})

/** Resolves the authenticated merchant user to their shop and scopes the request to it. */
async function scopeToShop(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [user] = await marketplace.listMerchantUsers({ id: req.auth_context.actor_id }, { take: 1 })
  if (!user) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Ce compte commerçant n'existe plus.")
  }
  setMerchantContext(req, { user_id: user.id, shop_id: user.shop_id, role: user.role })
  next()
}

/** Registering a shop is the one merchant route open to a fresh (not yet linked) identity. */
const REGISTRATION_PATH = /^\/merchant\/shops\/?$/

/** CORS, authentication and tenant scoping for every `/merchant/*` route. */
export const merchantMiddlewares: MiddlewareRoute[] = [
  { matcher: "/merchant*", middlewares: [merchantCors] },
  {
    matcher: "/merchant/shops",
    methods: ["POST"],
    middlewares: [
      authenticate("merchant", ["bearer", "session"], { allowUnregistered: true }),
      validateAndTransformBody(MerchantCreateShop),
    ],
  },
  {
    matcher: "/merchant/*",
    middlewares: [
      unlessPath(REGISTRATION_PATH, authenticate("merchant", ["bearer", "session"])),
      unlessPath(REGISTRATION_PATH, scopeToShop),
    ],
  },
]
