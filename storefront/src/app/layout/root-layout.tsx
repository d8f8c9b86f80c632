import { Suspense } from "react"
import { Outlet, ScrollRestoration } from "react-router"
import { Loading } from "@/components/ui/loading"
import { MAIN_ID, SkipLink } from "@/components/ui/skip-link"
import { useFocusOnNavigate } from "./focus-on-navigate"
import { SiteFooter } from "./site-footer"
import { SiteHeader } from "./site-header"

/**
 * Frames every page with the landmarks (banner, navigation, main, contentinfo). The page
 * itself is a lazy chunk: until it arrives on a first visit, the frame is already there.
 */
export function RootLayout() {
  useFocusOnNavigate()
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="page">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  )
}
