import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { AdminListShopsQuery, AdminSuspendShop } from "./admin/shops/validators"
import { merchantMiddlewares } from "./merchant/middlewares"
import { StoreCatalogQuery } from "./store/catalog/validators"
import { StoreSetPickupSlots } from "./store/carts/[id]/pickup/validators"
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
      matcher: "/store/shops/:handle",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetShopQuery, {})],
    },
  ],
})
