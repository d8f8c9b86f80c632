import { createBrowserRouter, type RouteObject } from "react-router"
import { Loading } from "@/components/ui/loading"
import { MerchantLayout } from "./layout/merchant-layout"
import { PublicLayout } from "./layout/public-layout"
import { RootLayout } from "./layout/root-layout"
import { RouteError } from "./routes/route-error"

/** Every screen, each page in its own chunk; layouts stay in the entry (they frame every page). */
export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: Loading,
    children: [
      {
        Component: MerchantLayout,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import("@/features/dashboard/routes/home")).HomeRoute,
            }),
          },
          {
            path: "boutique",
            lazy: async () => ({ Component: (await import("@/features/shop/routes/profile")).ShopProfileRoute }),
          },
          {
            path: "horaires",
            lazy: async () => ({ Component: (await import("@/features/shop/routes/hours")).HoursRoute }),
          },
          {
            path: "retrait",
            lazy: async () => ({ Component: (await import("@/features/shop/routes/pickup")).PickupRoute }),
          },
          {
            path: "produits",
            lazy: async () => ({ Component: (await import("@/features/products/routes/product-list")).ProductListRoute }),
          },
          {
            path: "produits/nouveau",
            lazy: async () => ({ Component: (await import("@/features/products/routes/product-new")).ProductNewRoute }),
          },
          {
            path: "produits/import",
            lazy: async () => ({ Component: (await import("@/features/products/routes/product-import")).ProductImportRoute }),
          },
          {
            path: "produits/:id",
            lazy: async () => ({ Component: (await import("@/features/products/routes/product-edit")).ProductEditRoute }),
          },
          {
            path: "stock",
            lazy: async () => ({ Component: (await import("@/features/stock/routes/stock")).StockRoute }),
          },
          {
            path: "stock/ajustement",
            lazy: async () => ({ Component: (await import("@/features/stock/routes/stock-adjustment")).StockAdjustmentRoute }),
          },
          {
            path: "commandes",
            lazy: async () => ({ Component: (await import("@/features/orders/routes/orders")).OrdersRoute }),
          },
          {
            path: "commandes/:id",
            lazy: async () => ({ Component: (await import("@/features/orders/routes/order-detail")).OrderDetailRoute }),
          },
          {
            path: "remise",
            lazy: async () => ({ Component: (await import("@/features/orders/routes/handover-list")).HandoverListRoute }),
          },
          {
            path: "remise/:id",
            lazy: async () => ({ Component: (await import("@/features/orders/routes/handover")).HandoverRoute }),
          },
          {
            path: "statistiques",
            lazy: async () => ({ Component: (await import("@/features/stats/routes/stats")).StatsRoute }),
          },
          {
            path: "equipe",
            lazy: async () => ({ Component: (await import("@/features/team/routes/team")).TeamRoute }),
          },
          {
            path: "lecons",
            lazy: async () => ({ Component: (await import("@/features/lessons/routes/lessons")).LessonsRoute }),
          },
          {
            path: "lecons/:slug",
            lazy: async () => ({ Component: (await import("@/features/lessons/routes/lesson")).LessonRoute }),
          },
        ],
      },
      {
        Component: PublicLayout,
        children: [
          {
            path: "connexion",
            lazy: async () => ({
              Component: (await import("@/features/auth/routes/login")).LoginRoute,
            }),
          },
          {
            path: "inscription",
            lazy: async () => ({ Component: (await import("@/features/auth/routes/sign-up")).SignUpRoute }),
          },
          {
            path: "mot-de-passe/oubli",
            lazy: async () => ({ Component: (await import("@/features/auth/routes/forgot-password")).ForgotPasswordRoute }),
          },
          {
            path: "mot-de-passe/nouveau",
            lazy: async () => ({ Component: (await import("@/features/auth/routes/reset-password")).ResetPasswordRoute }),
          },
          {
            path: "invitation",
            lazy: async () => ({ Component: (await import("@/features/auth/routes/accept-invite")).AcceptInviteRoute }),
          },
          {
            path: "*",
            lazy: async () => ({ Component: (await import("./routes/not-found")).NotFoundRoute }),
          },
        ],
      },
    ],
  },
]

/** The browser router of the app. */
export function createAppRouter() {
  return createBrowserRouter(routes)
}
