import { TRADES, type Trade } from "@mirashop/contract"
import { type FormEvent, useId } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router"
import { Button } from "@/components/ui/button"
import type { ShopFilters } from "../api/shop-keys"

/** Longest text filter the backend accepts. */
const MAX_QUERY_LENGTH = 100

function isTrade(value: unknown): value is Trade {
  return typeof value === "string" && (TRADES as readonly string[]).includes(value)
}

/** The directory's filters from its URL; anything unknown is ignored rather than sent on. */
export function filtersFromSearch(search: URLSearchParams): ShopFilters {
  const trade = search.get("trade")
  const q = search.get("q")?.trim().slice(0, MAX_QUERY_LENGTH)
  return {
    trade: isTrade(trade) ? trade : undefined,
    open_now: search.get("open_now") === "true" || undefined,
    q: q || undefined,
  }
}

/** "?trade=boulangerie&q=…" for some filters, or "" when there are none: links stay short. */
export function searchFromFilters(filters: ShopFilters): string {
  const search = new URLSearchParams()
  if (filters.q) search.set("q", filters.q)
  if (filters.trade) search.set("trade", filters.trade)
  if (filters.open_now) search.set("open_now", "true")
  const text = search.toString()
  return text ? `?${text}` : ""
}

function filtersFromForm(form: HTMLFormElement): ShopFilters {
  const data = new FormData(form)
  const q = data.get("q")
  const trade = data.get("trade")
  return {
    q: typeof q === "string" ? q.trim() || undefined : undefined,
    trade: isTrade(trade) ? trade : undefined,
    open_now: data.get("open_now") === "true" || undefined,
  }
}

/**
 * The directory's filter form. The URL holds the filters (shareable, back button works);
 * the form only writes them there, on submit: nothing changes while a shopper is still
 * choosing (RGAA 7.5 / WCAG 3.2.2).
 */
export function ShopFiltersForm({ filters }: { filters: ShopFilters }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const headingId = useId()
  const ids = { q: useId(), trade: useId(), open: useId() }
  const active = Boolean(filters.q || filters.trade || filters.open_now)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void navigate({ pathname: "/boutiques", search: searchFromFilters(filtersFromForm(event.currentTarget)) })
  }

  return (
    <section aria-labelledby={headingId} className="filters">
      <h2 id={headingId}>{t("shops.filters.heading")}</h2>
      {/* Remounted when the URL changes (a trade link, the back button), so fields show it. */}
      <form
        key={searchFromFilters(filters)}
        action="/boutiques"
        method="get"
        className="filters__form"
        onSubmit={submit}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.q}>
            {t("shops.filters.q")}
          </label>
          <input
            id={ids.q}
            className="field__input"
            type="search"
            name="q"
            maxLength={MAX_QUERY_LENGTH}
            defaultValue={filters.q ?? ""}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.trade}>
            {t("shops.filters.trade")}
          </label>
          <select
            id={ids.trade}
            className="field__input"
            name="trade"
            defaultValue={filters.trade ?? ""}
          >
            <option value="">{t("shops.filters.allTrades")}</option>
            {TRADES.map((trade) => (
              <option key={trade} value={trade}>
                {t(`trades.${trade}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox">
          <input
            id={ids.open}
            type="checkbox"
            name="open_now"
            value="true"
            defaultChecked={filters.open_now ?? false}
          />
          <label htmlFor={ids.open}>{t("shops.filters.openNow")}</label>
        </div>
        <div className="filters__actions">
          <Button type="submit">{t("shops.filters.submit")}</Button>
          {active ? <Link to="/boutiques">{t("shops.filters.reset")}</Link> : null}
        </div>
      </form>
    </section>
  )
}
