import { useTranslation } from "react-i18next"
import { Link, NavLink } from "react-router"
import { LanguageSwitch } from "@/components/ui/language-switch"
import { SearchBox } from "@/features/search/components/search-box"
import { useCartCount } from "@/lib/cart"

/** The banner: the site's name (a link home, not a heading: each page owns its <h1>), navigation, language. */
export function SiteHeader() {
  const { t } = useTranslation()
  const cartCount = useCartCount()
  return (
    <header className="site-header">
      <div className="site-header__inner">
        {/* Named by its visible text (WCAG 2.5.3), then where it leads. */}
        <Link to="/" className="brand">
          <span className="brand__name">{t("app.name")}</span>{" "}
          <span className="brand__tagline">{t("app.tagline")}</span>
          <span className="visually-hidden"> – {t("nav.home")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t("nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/boutiques" end>
                {t("nav.shops")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/compte">{t("nav.account")}</NavLink>
            </li>
            <li>
              {/* The count is part of the link's name: "Panier, 3 articles". */}
              <NavLink to="/panier" end className="cart-link">
                {t("nav.cart")}{" "}
                <span className="cart-link__count">
                  <span aria-hidden="true">{cartCount}</span>
                  <span className="visually-hidden">
                    {t("nav.cartCount", { count: cartCount })}
                  </span>
                </span>
              </NavLink>
            </li>
          </ul>
        </nav>
        <SearchBox variant="header" />
        <LanguageSwitch />
      </div>
    </header>
  )
}
