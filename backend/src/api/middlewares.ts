import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminSaveCampaignBanner } from "./admin/campaigns/[id]/banner/validators"
import { AdminPickupSweep } from "./admin/pickups/sweep/validators"
import { AdminListShopsQuery, AdminSuspendShop } from "./admin/shops/validators"
import { abuseLimitMiddlewares } from "./abuse-limits"
import { mirashopErrorHandler } from "./error-handler"
import { requestGuardMiddlewares } from "./request-guards"
import { merchantMiddlewares } from "./merchant/middlewares"
import { StoreCheckout } from "./store/carts/[id]/checkout/validators"
import { StoreCatalogQuery } from "./store/catalog/validators"
import { StoreSetPickupSlots } from "./store/carts/[id]/pickup/validators"
import { StoreListCheckoutsQuery } from "./store/checkouts/validators"
import { shopperScopeMiddlewares } from "./store/shopper-scope"
import { StoreGetShopQuery, StoreListShopsQuery } from "./store/shops/validators"

export default defineMiddlewares({
  errorHandler: mirashopErrorHandler,
  routes: [
    ...requestGuardMiddlewares,
    ...merchantMiddlewares,
    ...abuseLimitMiddlewares,
    ...shopperScopeMiddlewares,
    {
      matcher: "/admin/campaigns/:id/banner",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSaveCampaignBanner)],
    },
    {
      // Stripe signs the exact bytes it sent: keep them for the signature check.
      matcher: "/hooks/payment/stripe_stripe",
      methods: ["POST"],
      bodyParser: { preserveRawBody: true },
    },
    {
      matcher: "/admin/pickups/sweep",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminPickupSweep)],
    },
    {
      matcher: "/admin/shops",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListShopsQuery, {})],
    },
    {
      matcher: "/admin/shops/:id/suspend",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSuspendShop)],
    },
    {
      matcher: "/store/catalog",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreCatalogQuery, {})],
    },
    {
      matcher: "/store/shops",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListShopsQuery, {})],
    },
    {
      matcher: "/store/carts/:id/pickup",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreSetPickupSlots)],
    },
    {
      matcher: "/store/carts/:id/checkout",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreCheckout)],
    },
    {
      matcher: "/store/checkouts",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformQuery(StoreListCheckoutsQuery, {})],
    },
    {
      matcher: "/store/shops/:handle",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetShopQuery, {})],
    },
  ],
})
