import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareFunction,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import cors from "cors"
import multer from "multer"
import { MAX_IMAGE_BYTES } from "../../lib/images"
import { readRuntimeEnv } from "../../config/runtime"
import { setMerchantContext } from "./context"
import { ensureOwnProduct } from "./guards"
import { MerchantUpdateMe } from "./me/validators"
import { MerchantCancelOrder } from "./orders/[id]/cancel/validators"
import { MerchantCollectOrder } from "./orders/[id]/collect/validators"
import { MerchantListOrdersQuery } from "./orders/validators"
import { MerchantStatsQuery } from "./stats/validators"
import { MerchantAdjustStock, MerchantStockJournalQuery } from "./stock-adjustments/validators"
import { MerchantListInventoryQuery, MerchantUpdateStock } from "./inventory/validators"
import {
  MerchantCreateProduct,
  MerchantCreateVariant,
  MerchantListProductsQuery,
  MerchantUpdateProduct,
  MerchantUpdateVariant,
} from "./products/validators"
import { MerchantUpdateShop } from "./shop/validators"
import { MerchantAcceptInvite, MerchantInviteStaff } from "./users/validators"
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "merchant_user",
    fields: ["id", "role", "shop.id", "shop.stock_location.id"],
    filters: { id: req.auth_context.actor_id },
  })
  const user = data[0]
  if (!user?.shop?.stock_location) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Ce compte commerçant n'existe plus.")
  }
  setMerchantContext(req, {
    user_id: user.id,
    shop_id: user.shop.id,
    role: user.role,
    location_id: user.shop.stock_location.id,
  })
  next()
}

const photoUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: 10 },
})

/** Reads photo uploads; upload limits answer 400 with a sentence, never a 500. */
function uploadPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  photoUpload.array("files")(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      const message =
        error.code === "LIMIT_FILE_SIZE" ? "Cette image dépasse 8 Mo." : "Envoyez au plus 10 photos dans le champ « files »."
      next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
      return
    }
    next(error)
  })
}

/** Registering a shop and accepting an invitation are open to a fresh (not yet linked) identity. */
const REGISTRATION_PATH = /^\/merchant\/(shops|invites\/accept)\/?$/

/**
 * Skips a middleware on the registration routes. Medusa mounts method-less middlewares with
 * `app.use`, where `req.path` is relative to the mount point, so the full URL is checked.
 */
function exceptRegistration(middleware: MiddlewareFunction): MiddlewareFunction {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): unknown => {
    const path = req.originalUrl.split("?")[0]
    return REGISTRATION_PATH.test(path) ? next() : middleware(req, res, next)
  }
}

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
    matcher: "/merchant/invites/accept",
    methods: ["POST"],
    middlewares: [
      authenticate("merchant", ["bearer", "session"], { allowUnregistered: true }),
      validateAndTransformBody(MerchantAcceptInvite),
    ],
  },
  {
    matcher: "/merchant/*",
    middlewares: [
      exceptRegistration(authenticate("merchant", ["bearer", "session"])),
      exceptRegistration(scopeToShop),
    ],
  },
  {
    matcher: "/merchant/shop",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantUpdateShop)],
  },
  ...[
    "/merchant/products/:id",
    "/merchant/products/:id/images",
    "/merchant/products/:id/variants",
    "/merchant/products/:id/variants/:variant_id",
  ].map((matcher) => ({
    matcher,
    middlewares: [ensureOwnProduct],
  })),
  {
    matcher: "/merchant/products",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(MerchantListProductsQuery, {})],
  },
  {
    matcher: "/merchant/products",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantCreateProduct)],
  },
  {
    matcher: "/merchant/products/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantUpdateProduct)],
  },
  {
    matcher: "/merchant/products/:id/variants/:variant_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantUpdateVariant)],
  },
  {
    matcher: "/merchant/inventory",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(MerchantListInventoryQuery, {})],
  },
  {
    matcher: "/merchant/inventory/:inventory_item_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantUpdateStock)],
  },
  {
    matcher: "/merchant/orders",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(MerchantListOrdersQuery, {})],
  },
  {
    matcher: "/merchant/stock-adjustments",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(MerchantStockJournalQuery, {})],
  },
  {
    matcher: "/merchant/stock-adjustments",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantAdjustStock)],
  },
  {
    matcher: "/merchant/stats",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(MerchantStatsQuery, {})],
  },
  {
    matcher: "/merchant/orders/:id/collect",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantCollectOrder)],
  },
  {
    matcher: "/merchant/orders/:id/cancel",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantCancelOrder)],
  },
  {
    matcher: "/merchant/users",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantInviteStaff)],
  },
  ...["/merchant/products/:id/images", "/merchant/shop/logo"].map((matcher) => ({
    matcher,
    methods: ["POST" as const],
    bodyParser: false as const,
    middlewares: [uploadPhotos],
  })),
  {
    matcher: "/merchant/me",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantUpdateMe)],
  },
  {
    matcher: "/merchant/products/:id/variants",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(MerchantCreateVariant)],
  },
]
