import { useTranslation } from "react-i18next"
import { Link } from "react-router"

/** Page numbers shown around the current one; the first and last are always shown. */
export function pageWindow(current: number, total: number): (number | "gap")[] {
  const pages: (number | "gap")[] = []
  for (let page = 1; page <= total; page += 1) {
    if (page === 1 || page === total || Math.abs(page - current) <= 1) {
      pages.push(page)
    } else if (pages.at(-1) !== "gap") {
      pages.push("gap")
    }
  }
  return pages
}

/** Numbered pages of search results, as plain links (no infinite scroll: the footer stays reachable). */
export function Pagination({
  current,
  total,
  hrefOf,
}: {
  current: number
  total: number
  hrefOf: (page: number) => string
}) {
  const { t } = useTranslation()
  if (total <= 1) return null
  return (
    <nav aria-label={t("search.pagination.label")} className="pagination">
      <ul role="list">
        {current > 1 ? (
          <li>
            <Link to={hrefOf(current - 1)} rel="prev">
              {t("search.pagination.previous")}
            </Link>
          </li>
        ) : null}
        {pageWindow(current, total).map((page, index) =>
          page === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                to={hrefOf(page)}
                aria-current={page === current ? "page" : undefined}
                aria-label={t("search.pagination.page", { page })}
              >
                {page}
              </Link>
            </li>
          )
        )}
        {current < total ? (
          <li>
            <Link to={hrefOf(current + 1)} rel="next">
              {t("search.pagination.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
