import { useId, useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { useDocumentTitle } from "@/lib/document-title"
import { ProductList } from "@/features/shops/components/product-list"
import { useCatalog } from "../api/get-catalog"
import {
  catalogQueryOf,
  SEARCH_PAGE_SIZE,
  searchStateFromUrl,
  urlFromSearchState,
} from "../api/search-params"
import { Pagination } from "../components/pagination"
import { SearchFacetsForm } from "../components/search-facets"

/** `/recherche?q=…`: products of every shop, typo-tolerant, with facets, 12 per page (ADR 0024). */
export function SearchRoute() {
  const { t } = useTranslation()
  const [search] = useSearchParams()
  const state = useMemo(() => searchStateFromUrl(search), [search])
  const query = useMemo(() => catalogQueryOf(state), [state])
  useDocumentTitle(state.q ? t("search.titleQuery", { q: state.q }) : t("search.title"))
  const catalog = useCatalog(query)
  const resultsId = useId()
  const data = catalog.data
  // A new search is loading: the results shown are the previous ones.
  const refreshing = catalog.isFetching && catalog.isPlaceholderData
  const pageCount = data ? Math.max(1, Math.ceil(data.count / SEARCH_PAGE_SIZE)) : 1
  const filtered = urlFromSearchState({ ...state, q: undefined, page: 1 }) !== ""

  return (
    <div className="stack-lg">
      <h1 tabIndex={-1}>
        {state.q ? t("search.headingQuery", { q: state.q }) : t("search.heading")}
      </h1>
      <div className="search-layout">
        <SearchFacetsForm state={state} facets={data?.facets}>
          {filtered ? (
            <Link to={`/recherche${urlFromSearchState({ q: state.q, page: 1 })}`}>
              {t("search.facets.reset")}
            </Link>
          ) : null}
        </SearchFacetsForm>

        <section aria-labelledby={resultsId} className="stack">
          <h2 id={resultsId}>{t("search.results")}</h2>
          {/* Always in the page, so each new count is announced when the search changes. */}
          <p role="status" aria-live="polite" className="result-count">
            {catalog.isPending || refreshing
              ? t("search.loading")
              : data
                ? t("search.count", { count: data.count })
                : ""}
          </p>
          {catalog.isError && !data ? (
            <Alert message={t("search.error")}>
              <Button
                variant="secondary"
                pending={catalog.isFetching}
                onClick={() => void catalog.refetch()}
              >
                {t("app.retry")}
              </Button>
            </Alert>
          ) : null}
          {data && data.products.length > 0 ? (
            <ProductList products={data.products} busy={refreshing} showShop />
          ) : null}
          {data ? (
            <Pagination
              current={state.page}
              total={pageCount}
              hrefOf={(page) => `/recherche${urlFromSearchState({ ...state, page })}`}
            />
          ) : null}
        </section>
      </div>
    </div>
  )
}
