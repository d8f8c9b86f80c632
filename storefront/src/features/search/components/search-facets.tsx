import { CATALOG_PRICE_BANDS, type StoreCatalogFacets } from "@mirashop/contract"
import { type FormEvent, type ReactNode, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import {
  isPriceBand,
  isTrade,
  MAX_SEARCH_LENGTH,
  type SearchState,
  urlFromSearchState,
} from "../api/search-params"

/** What the fields show, possibly not applied yet. */
interface Draft {
  q: string
  trade: string
  shop: string
  category: string
  price: string
  inStock: boolean
}

function draftOf(state: SearchState): Draft {
  return {
    q: state.q ?? "",
    trade: state.trade ?? "",
    shop: state.shop ?? "",
    category: state.category ?? "",
    price: state.price ?? "",
    inStock: state.in_stock ?? false,
  }
}

function stateOf(draft: Draft): SearchState {
  const q = draft.q.trim().slice(0, MAX_SEARCH_LENGTH)
  return {
    q: q || undefined,
    trade: isTrade(draft.trade) ? draft.trade : undefined,
    shop: draft.shop || undefined,
    category: draft.category || undefined,
    price: isPriceBand(draft.price) ? draft.price : undefined,
    in_stock: draft.inStock || undefined,
    // New criteria start again at the first page.
    page: 1,
  }
}

interface Option {
  value: string
  label: string
  count?: number
}

/** Values a facet shows before its "more" button: the page stays short (EcoIndex, ADR 0024). */
export const FACET_VALUES_SHOWN = 5

/**
 * One facet: a fieldset of radio buttons, "all" first, each value with its number of products.
 * Past the first few values a button shows the rest; a chosen value is always shown.
 */
function RadioFacet({
  legend,
  name,
  options,
  value,
  allLabel,
  onChange,
}: {
  legend: string
  name: string
  options: Option[]
  value: string
  allLabel: string
  onChange: (value: string) => void
}) {
  const { t } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  const all: Option = { value: "", label: allLabel }
  // A chosen value the current results no longer list stays visible, so it can be undone.
  const listed =
    value && !options.some((option) => option.value === value)
      ? [...options, { value, label: value }]
      : options
  const collapsed = listed.filter(
    (option, index) => index < FACET_VALUES_SHOWN || option.value === value
  )
  const rest = listed.length - collapsed.length
  const shown = expanded ? listed : collapsed
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {[all, ...shown].map((option) => (
        // The label wraps its radio: one element fewer per value than a wrapper and an id.
        <label className="checkbox" key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
          {option.count === undefined ? null : (
            <span className="facet__count">
              {" "}
              {t("search.facets.count", { count: option.count })}
            </span>
          )}
        </label>
      ))}
      {rest > 0 ? (
        <button
          type="button"
          className="facet__more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t("search.facets.fewer") : t("search.facets.more", { count: rest })}
        </button>
      ) : null}
    </fieldset>
  )
}

/**
 * The search's text and facets in one form. The URL holds the search; the form writes it
 * there on submit only, so nothing moves while a shopper is still choosing (WCAG 3.2.2).
 */
export function SearchFacetsForm({
  state,
  facets,
  children,
}: {
  state: SearchState
  facets: StoreCatalogFacets | undefined
  /** Shown after the form's fields (e.g. the reset link). */
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const headingId = useId()
  const qId = useId()
  const stockId = useId()
  const applied = urlFromSearchState(state)
  const [draft, setDraft] = useState(() => draftOf(state))
  const [shown, setShown] = useState(applied)
  // The URL changed from elsewhere (header search, back button): the fields follow it.
  if (shown !== applied) {
    setShown(applied)
    setDraft(draftOf(state))
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void navigate({ pathname: "/recherche", search: urlFromSearchState(stateOf(draft)) })
  }

  return (
    <section aria-labelledby={headingId} className="filters">
      <h2 id={headingId}>{t("search.facets.heading")}</h2>
      <form action="/recherche" method="get" className="filters__form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={qId}>
            {t("search.label")}
          </label>
          <input
            id={qId}
            className="field__input"
            type="search"
            name="q"
            maxLength={MAX_SEARCH_LENGTH}
            value={draft.q}
            onChange={(event) => setDraft({ ...draft, q: event.target.value })}
          />
        </div>
        <RadioFacet
          legend={t("search.facets.trade")}
          name="metier"
          allLabel={t("search.facets.allTrades")}
          value={draft.trade}
          onChange={(trade) => setDraft({ ...draft, trade })}
          options={(facets?.trade ?? []).map((facet) => ({
            value: facet.value,
            label: t(`trades.${facet.value}`),
            count: facet.count,
          }))}
        />
        <RadioFacet
          legend={t("search.facets.shop")}
          name="boutique"
          allLabel={t("search.facets.allShops")}
          value={draft.shop}
          onChange={(shop) => setDraft({ ...draft, shop })}
          options={(facets?.shop ?? []).map((facet) => ({
            value: facet.handle,
            label: facet.name,
            count: facet.count,
          }))}
        />
        <RadioFacet
          legend={t("search.facets.category")}
          name="categorie"
          allLabel={t("search.facets.allCategories")}
          value={draft.category}
          onChange={(category) => setDraft({ ...draft, category })}
          options={(facets?.category ?? []).map((facet) => ({
            value: facet.handle,
            label: facet.name,
            count: facet.count,
          }))}
        />
        <RadioFacet
          legend={t("search.facets.price")}
          name="prix"
          allLabel={t("search.facets.allPrices")}
          value={draft.price}
          onChange={(price) => setDraft({ ...draft, price })}
          options={(facets?.price ?? CATALOG_PRICE_BANDS).map((band) => ({
            value: band.key,
            label: t(`search.facets.priceBands.${band.key}`),
            count: "count" in band ? band.count : undefined,
          }))}
        />
        <fieldset className="facet">
          <legend>{t("search.facets.availability")}</legend>
          <div className="checkbox">
            <input
              id={stockId}
              type="checkbox"
              name="en_stock"
              value="oui"
              checked={draft.inStock}
              onChange={(event) => setDraft({ ...draft, inStock: event.target.checked })}
            />
            <label htmlFor={stockId}>
              {t("search.facets.inStock")}
              {facets ? (
                <span className="facet__count">
                  {" "}
                  {t("search.facets.count", { count: facets.in_stock.in_stock })}
                </span>
              ) : null}
            </label>
          </div>
        </fieldset>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {t("search.facets.submit")}
          </button>
          {children}
        </div>
      </form>
    </section>
  )
}
