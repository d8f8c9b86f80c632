import type { StoreShop, StoreShopDetailResponse } from "@mirashop/contract"
import { useId, useRef } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { LoadMore, useFocusFirstNewItem } from "@/components/ui/load-more"
import { Loading } from "@/components/ui/loading"
import { useDocumentTitle } from "@/lib/document-title"
import { useFormatters } from "@/lib/format"
import { isNotFound } from "@/lib/http-error"
import { useShop } from "../api/get-shop"
import { ClosureList } from "../components/closure-list"
import { HoursTable } from "../components/hours-table"
import { OpenNowBadge } from "../components/open-now-badge"
import { ProductList } from "../components/product-list"

/** `/boutiques/:handle`: a shop, how to reach it and collect, and its products. */
export function ShopRoute() {
  const { t } = useTranslation()
  const { handle = "" } = useParams()
  const shop = useShop(handle)

  if (shop.isPending) return <ShopLoading />
  if (shop.isError && !shop.data) {
    if (isNotFound(shop.error)) return <ShopNotFound />
    return (
      <ShopUnavailable retrying={shop.isFetching} onRetry={() => void shop.refetch()}>
        {t("shop.error")}
      </ShopUnavailable>
    )
  }

  const pages = shop.data.pages
  return (
    <ShopPage
      shop={pages[0].shop}
      pages={pages}
      hasMore={shop.hasNextPage}
      loadingMore={shop.isFetchingNextPage}
      loadMoreFailed={shop.isFetchNextPageError}
      onLoadMore={() => void shop.fetchNextPage()}
    />
  )
}

function ShopLoading() {
  const { t } = useTranslation()
  useDocumentTitle(t("shop.loading"))
  return <Loading label={t("shop.loading")} />
}

function ShopNotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t("shop.notFound.title"))
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("shop.notFound.title")}</h1>
      <p>{t("shop.notFound.text")}</p>
      <p>
        <Link to="/boutiques">{t("shop.notFound.back")}</Link>
      </p>
    </div>
  )
}

function ShopUnavailable({
  children,
  retrying,
  onRetry,
}: {
  children: string
  retrying: boolean
  onRetry: () => void
}) {
  const { t } = useTranslation()
  useDocumentTitle(t("shop.errorTitle"))
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("shop.errorTitle")}</h1>
      <Alert message={children}>
        <Button variant="secondary" pending={retrying} onClick={onRetry}>
          {t("app.retry")}
        </Button>
      </Alert>
    </div>
  )
}

function ShopPage({
  shop,
  pages,
  hasMore,
  loadingMore,
  loadMoreFailed,
  onLoadMore,
}: {
  shop: StoreShop
  pages: StoreShopDetailResponse[]
  hasMore: boolean
  loadingMore: boolean
  loadMoreFailed: boolean
  onLoadMore: () => void
}) {
  const { t } = useTranslation()
  useDocumentTitle(shop.name)
  const ids = { contact: useId(), hours: useId(), products: useId() }
  const products = pages.flatMap((page) => page.products)
  const count = pages.at(-1)?.count ?? 0
  const listRef = useRef<HTMLUListElement>(null)
  const focusFirstNew = useFocusFirstNewItem(listRef, products.length)

  return (
    <div className="stack-lg">
      <nav aria-label={t("shop.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t("nav.home")}</Link>
          </li>
          <li>
            <Link to="/boutiques">{t("nav.shops")}</Link>
          </li>
          <li>
            <span aria-current="page">{shop.name}</span>
          </li>
        </ol>
      </nav>

      <div className="stack">
        <h1 tabIndex={-1}>{shop.name}</h1>
        <p className="status-line">
          <span className="shop-trade">{t(`trades.${shop.trade}`)}</span>
          <OpenNowBadge open={shop.is_open_now} />
        </p>
        {shop.description ? <p className="shop-description">{shop.description}</p> : null}
      </div>

      <div className="shop-info">
        <section aria-labelledby={ids.contact} className="stack">
          <h2 id={ids.contact}>{t("shop.contact.heading")}</h2>
          <ShopContact shop={shop} />
        </section>

        <section aria-labelledby={ids.hours} className="stack">
          <h2 id={ids.hours}>{t("shop.hours.heading")}</h2>
          <HoursTable hours={shop.opening_hours} labelledBy={ids.hours} />
        </section>

        <ClosureList closures={shop.closures} />

        <PickupInfo shop={shop} />
      </div>

      <section aria-labelledby={ids.products} className="stack">
        <h2 id={ids.products}>{t("shop.products.heading")}</h2>
        <p className="result-count">{t("shop.products.count", { count })}</p>
        {products.length > 0 ? (
          <ProductList products={products} listRef={listRef} busy={loadingMore} />
        ) : null}
        {hasMore ? (
          <LoadMore
            label={t("shop.products.more")}
            progress={t("shop.products.shown", { shown: products.length, count })}
            pending={loadingMore}
            error={loadMoreFailed ? t("shop.products.moreError") : null}
            onLoadMore={() => {
              focusFirstNew()
              onLoadMore()
            }}
          />
        ) : null}
      </section>
    </div>
  )
}

function ShopContact({ shop }: { shop: StoreShop }) {
  const { t } = useTranslation()
  const { address } = shop
  return (
    <address className="contact">
      <dl>
        <dt>{t("shop.contact.address")}</dt>
        <dd>
          {address.line1}
          <br />
          {address.postal_code} {address.city}
        </dd>
        {shop.phone ? (
          <>
            <dt>{t("shop.contact.phone")}</dt>
            <dd>
              <a href={`tel:${shop.phone.replace(/[^\d+]/g, "")}`}>{shop.phone}</a>
            </dd>
          </>
        ) : null}
        {shop.email ? (
          <>
            <dt>{t("shop.contact.email")}</dt>
            <dd>
              <a href={`mailto:${shop.email}`}>{shop.email}</a>
            </dd>
          </>
        ) : null}
      </dl>
    </address>
  )
}

/** How collecting works at this shop; nothing when the shop has not said. */
function PickupInfo({ shop }: { shop: StoreShop }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const headingId = useId()
  if (!shop.pickup_instructions && shop.preparation_minutes <= 0) return null
  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t("shop.pickup.heading")}</h2>
      {shop.pickup_instructions ? (
        <p className="shop-description">{shop.pickup_instructions}</p>
      ) : null}
      {shop.preparation_minutes > 0 ? (
        <p>
          {t("shop.pickup.preparation", { duration: format.duration(shop.preparation_minutes) })}
        </p>
      ) : null}
    </section>
  )
}
