import { lazy, Suspense, useId, useMemo, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { LoadMore, useFocusFirstNewItem } from "@/components/ui/load-more"
import { useDocumentTitle } from "@/lib/document-title"
import { useShopDirectory } from "../api/get-shops"
import { filtersFromSearch, ShopFiltersForm } from "../components/shop-filters"
import { ShopList } from "../components/shop-list"

// Leaflet and its styles come with the map, on demand; a failed download leaves the list alone.
const ShopMap = lazy(() =>
  import("../components/shop-map").then(
    (module) => ({ default: module.ShopMap }),
    () => ({ default: MapUnavailable })
  )
)

function MapUnavailable() {
  const { t } = useTranslation()
  return <p role="alert">{t("shops.map.error")}</p>
}

/** `/boutiques`: every shop, filtered by trade, "open now" and name, 24 at a time. */
export function ShopDirectoryRoute() {
  const { t } = useTranslation()
  const [search] = useSearchParams()
  const filters = useMemo(() => filtersFromSearch(search), [search])
  useDocumentTitle(
    filters.trade
      ? t("shops.titleTrade", { trade: t(`trades.${filters.trade}`) })
      : t("shops.title")
  )
  const directory = useShopDirectory(filters)
  const pages = directory.data?.pages ?? []
  const shops = pages.flatMap((page) => page.shops)
  const count = pages.at(-1)?.count ?? 0
  const listRef = useRef<HTMLUListElement>(null)
  const focusFirstNew = useFocusFirstNewItem(listRef, shops.length)
  const resultsId = useId()
  // New filters (not a next page) are loading: the shown results are the previous ones.
  const refreshing = directory.isFetching && !directory.isFetchingNextPage
  const [mapShown, setMapShown] = useState(false)
  const mapId = useId()

  return (
    <div className="stack-lg">
      <h1 tabIndex={-1}>{t("shops.heading")}</h1>
      <ShopFiltersForm filters={filters} />

      <section aria-labelledby={resultsId} className="stack">
        <h2 id={resultsId}>{t("shops.results")}</h2>
        {/* Always in the page, so each new count is announced when filters change. */}
        <p role="status" className="result-count">
          {refreshing ? t("shops.loading") : directory.data ? t("shops.count", { count }) : ""}
        </p>
        {directory.isError && !directory.data ? (
          <Alert message={t("shops.error")}>
            <Button
              variant="secondary"
              pending={directory.isFetching}
              onClick={() => void directory.refetch()}
            >
              {t("app.retry")}
            </Button>
          </Alert>
        ) : null}
        <Button
          variant="secondary"
          aria-expanded={mapShown}
          aria-controls={mapId}
          onClick={() => setMapShown(!mapShown)}
        >
          {mapShown ? t("shops.map.hide") : t("shops.map.show")}
        </Button>
        <div id={mapId} hidden={!mapShown} className="stack">
          {mapShown ? (
            <>
              <p className="hint">{t("shops.map.hint")}</p>
              <Suspense fallback={<p>{t("shops.map.loading")}</p>}>
                <ShopMap shops={shops} />
              </Suspense>
            </>
          ) : null}
        </div>
        {shops.length > 0 ? <ShopList shops={shops} listRef={listRef} busy={refreshing} /> : null}
        {directory.hasNextPage && !refreshing ? (
          <LoadMore
            label={t("shops.more")}
            progress={t("shops.shown", { shown: shops.length, count })}
            pending={directory.isFetchingNextPage}
            error={directory.isFetchNextPageError ? t("shops.moreError") : null}
            onLoadMore={() => {
              focusFirstNew()
              void directory.fetchNextPage()
            }}
          />
        ) : null}
      </section>
    </div>
  )
}
