import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { CampaignBanners } from "@/features/campaigns/components/campaign-banners"
import { SearchBox } from "@/features/search/components/search-box"
import { useDocumentTitle } from "@/lib/document-title"
import { useShops } from "../api/get-shops"
import { ShopList } from "../components/shop-list"
import { TradeLinks } from "../components/trade-links"

/** How many shops the home page shows before "Voir toutes les boutiques". */
export const HOME_SHOP_COUNT = 12

/** `/`: search, trades and a first look at the shops. */
export function HomeRoute() {
  const { t } = useTranslation()
  useDocumentTitle(null)
  const shops = useShops({ limit: HOME_SHOP_COUNT })
  const tradesId = useId()
  const shopsId = useId()

  return (
    <div className="stack-lg">
      <div className="hero stack">
        <h1 tabIndex={-1}>{t("home.heading")}</h1>
        <p className="lead">{t("home.intro")}</p>
        <SearchBox variant="hero" />
      </div>

      <CampaignBanners />

      <section aria-labelledby={tradesId} className="stack">
        <h2 id={tradesId}>{t("home.tradesHeading")}</h2>
        <TradeLinks labelledBy={tradesId} />
      </section>

      <section aria-labelledby={shopsId} className="stack">
        <h2 id={shopsId}>{t("home.shopsHeading")}</h2>
        {shops.isPending ? (
          <Loading label={t("shops.loading")} />
        ) : shops.isError ? (
          <Alert message={t("shops.error")}>
            <Button
              variant="secondary"
              pending={shops.isFetching}
              onClick={() => void shops.refetch()}
            >
              {t("app.retry")}
            </Button>
          </Alert>
        ) : (
          <ShopList shops={shops.data.shops} />
        )}
        <p>
          <Link to="/boutiques" className="more-link">
            {t("home.allShops")}
          </Link>
        </p>
      </section>
    </div>
  )
}
