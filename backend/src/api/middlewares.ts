import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminListShopsQuery, AdminSuspendShop } from "./admin/shops/validators"
import { merchantMiddlewares } from "./merchant/middlewares"
import { StoreGetShopQuery, StoreListShopsQuery } from "./store/shops/validators"

export default defineMiddlewares({
  routes: [
    ...merchantMiddlewares,
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
      matcher: "/store/shops",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListShopsQuery, {})],
    },
    {
      matcher: "/store/shops/:handle",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetShopQuery, {})],
    },
  ],
})
