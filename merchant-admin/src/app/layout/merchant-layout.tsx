import { useTranslation } from "react-i18next"
import { Navigate, NavLink, Outlet, useLocation } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { LanguageSwitch } from "@/components/ui/language-switch"
import { Loading } from "@/components/ui/loading"
import { MAIN_ID, SkipLink } from "@/components/ui/skip-link"
import { LogoutButton } from "@/features/auth/components/logout-button"
import { useMe } from "@/lib/session"
import { Brand } from "./brand"

/** Screens only the owner may use: the shop's identity stays in their hands (the backend refuses staff too). */
const OWNER_ONLY = new Set<string>(["/boutique"])

/** The merchant's screens: daily work first, then the onboarding checklist's order. */
const NAV_LINKS = [
  ["/", "nav.home"],
  ["/commandes", "nav.orders"],
  ["/remise", "nav.handover"],
  ["/boutique", "nav.shop"],
  ["/horaires", "nav.hours"],
  ["/retrait", "nav.pickup"],
  ["/produits", "nav.products"],
  ["/stock", "nav.stock"],
  ["/statistiques", "nav.stats"],
  ["/equipe", "nav.team"],
  ["/lecons", "nav.lessons"],
] as const

/** The signed-in merchant's frame: header, navigation and the page. Visitors go to the login. */
export function MerchantLayout() {
  const { t } = useTranslation()
  const location = useLocation()
  const me = useMe()

  if (me.isPending) {
    return (
      <main id={MAIN_ID} tabIndex={-1} className="page">
        <Loading label={t("session.loading")} />
      </main>
    )
  }
  if (me.isError) {
    return (
      <main id={MAIN_ID} tabIndex={-1} className="page stack">
        <h1>{t("app.area")}</h1>
        <Alert message={t("session.error")} />
        <div>
          <Button pending={me.isFetching} onClick={() => void me.refetch()}>
            {t("session.retry")}
          </Button>
        </div>
      </main>
    )
  }
  if (!me.data) {
    return (
      <Navigate to="/connexion" replace state={{ from: location.pathname + location.search }} />
    )
  }

  const { shop } = me.data
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <Brand />
          {shop ? (
            <p className="app-header__shop">{t("header.shop", { name: shop.name })}</p>
          ) : null}
          <div className="app-header__actions">
            <LanguageSwitch />
            <LogoutButton />
          </div>
        </div>
      </header>
      <nav className="app-nav" aria-label={t("nav.label")}>
        <ul>
          {NAV_LINKS.filter(([to]) => me.data?.merchant_user.role === "owner" || !OWNER_ONLY.has(to)).map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end={to === "/"}>
                {t(label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id={MAIN_ID} tabIndex={-1} className="page">
        <Outlet />
      </main>
    </>
  )
}
