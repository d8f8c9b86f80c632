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
