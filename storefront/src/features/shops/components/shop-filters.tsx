import { TRADES, type Trade } from "@mirashop/contract"
import { type FormEvent, useId, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
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

/** What the fields show, possibly not applied yet. */
interface Draft {
  q: string
  trade: Trade | ""
  openNow: boolean
}

function draftOf(filters: ShopFilters): Draft {
  return { q: filters.q ?? "", trade: filters.trade ?? "", openNow: filters.open_now ?? false }
}

/**
 * The directory's filter form. The URL holds the filters (shareable, back button works);
 * the form only writes them there, on submit: nothing changes while a shopper is still
 * choosing (RGAA 7.5 / WCAG 3.2.2). The form is never remounted, so focus stays where
 * the shopper left it.
 */
export function ShopFiltersForm({ filters }: { filters: ShopFilters }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const headingId = useId()
  const ids = { q: useId(), trade: useId(), open: useId() }
  const queryInput = useRef<HTMLInputElement>(null)
  const applied = searchFromFilters(filters)
  const [draft, setDraft] = useState(() => draftOf(filters))
  const [shown, setShown] = useState(applied)
  // The URL changed from elsewhere (a trade link, the back button): the fields follow it.
  if (shown !== applied) {
    setShown(applied)
    setDraft(draftOf(filters))
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = draft.q.trim().slice(0, MAX_QUERY_LENGTH)
    const search = searchFromFilters({
      q: q || undefined,
      trade: draft.trade || undefined,
      open_now: draft.openNow || undefined,
    })
    void navigate({ pathname: "/boutiques", search })
  }

  function reset() {
    // The button disappears with the filters: focus goes to the first field, not to nowhere.
    queryInput.current?.focus()
    void navigate({ pathname: "/boutiques" })
  }

  return (
    <section aria-labelledby={headingId} className="filters">
      <h2 id={headingId}>{t("shops.filters.heading")}</h2>
      <form action="/boutiques" method="get" className="filters__form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={ids.q}>
            {t("shops.filters.q")}
          </label>
          <input
            ref={queryInput}
            id={ids.q}
            className="field__input"
            type="search"
            name="q"
            maxLength={MAX_QUERY_LENGTH}
            value={draft.q}
            onChange={(event) => setDraft({ ...draft, q: event.target.value })}
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
            value={draft.trade}
            onChange={(event) => {
              const trade = event.target.value
              setDraft({ ...draft, trade: isTrade(trade) ? trade : "" })
            }}
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
            checked={draft.openNow}
            onChange={(event) => setDraft({ ...draft, openNow: event.target.checked })}
          />
          <label htmlFor={ids.open}>{t("shops.filters.openNow")}</label>
        </div>
        <div className="filters__actions">
          <Button type="submit">{t("shops.filters.submit")}</Button>
          {applied ? (
            <Button variant="secondary" onClick={reset}>
              {t("shops.filters.reset")}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  )
}
