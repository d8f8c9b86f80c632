import { lazy } from "react"
import { createBrowserRouter, type RouteObject } from "react-router"
import { RootLayout } from "./layout/root-layout"
import { NotFoundRoute } from "./routes/not-found"
import { PageError, RootError } from "./routes/route-error"

// Each page is its own chunk, downloaded on first visit; the frame stays in the entry.
const HomeRoute = lazy(async () => ({
  default: (await import("@/features/shops/routes/home")).HomeRoute,
}))
const ShopDirectoryRoute = lazy(async () => ({
  default: (await import("@/features/shops/routes/shop-directory")).ShopDirectoryRoute,
}))
const ShopRoute = lazy(async () => ({
  default: (await import("@/features/shops/routes/shop")).ShopRoute,
}))

/** Every page of the storefront, with French paths. */
export const routes: RouteObject[] = [
  {
    Component: RootLayout,
    ErrorBoundary: RootError,
    children: [
      {
        // Pages fail inside the frame: header and navigation stay usable.
        ErrorBoundary: PageError,
        children: [
          { index: true, Component: HomeRoute },
          { path: "boutiques", Component: ShopDirectoryRoute },
          { path: "boutiques/:handle", Component: ShopRoute },
          { path: "*", Component: NotFoundRoute },
        ],
      },
    ],
  },
]

/** The browser router of the storefront. */
export function createAppRouter() {
  return createBrowserRouter(routes)
}
