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
const ProductRoute = lazy(async () => ({
  default: (await import("@/features/products/routes/product")).ProductRoute,
}))
const SearchRoute = lazy(async () => ({
  default: (await import("@/features/search/routes/search")).SearchRoute,
}))
const CartRoute = lazy(async () => ({
  default: (await import("@/features/cart/routes/cart")).CartRoute,
}))
const CheckoutRoute = lazy(async () => ({
  default: (await import("@/features/checkout/routes/checkout")).CheckoutRoute,
}))
const ConfirmationRoute = lazy(async () => ({
  default: (await import("@/features/checkout/routes/confirmation")).ConfirmationRoute,
}))
const AccountRoute = lazy(async () => ({
  default: (await import("@/features/account/routes/account")).AccountRoute,
}))
const SignInRoute = lazy(async () => ({
  default: (await import("@/features/account/routes/sign-in")).SignInRoute,
}))
const SignUpRoute = lazy(async () => ({
  default: (await import("@/features/account/routes/sign-up")).SignUpRoute,
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
          { path: "boutiques/:handle/:product", Component: ProductRoute },
          { path: "recherche", Component: SearchRoute },
          { path: "panier", Component: CartRoute },
          { path: "commande", Component: CheckoutRoute },
          { path: "commande/:checkoutId", Component: ConfirmationRoute },
          { path: "compte", Component: AccountRoute },
          { path: "compte/connexion", Component: SignInRoute },
          { path: "compte/inscription", Component: SignUpRoute },
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
