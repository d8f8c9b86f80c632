import { type FormEvent, useId } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { MAX_SEARCH_LENGTH } from "../api/search-params"

/**
 * A product search box leading to `/recherche?q=…`. Kept free of data code: the header
 * renders it on every page, so it lives in the app shell and must stay tiny.
 */
export function SearchBox({ variant }: { variant: "header" | "hero" }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const inputId = useId()
  const hintId = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = new FormData(event.currentTarget).get("q")
    const text = typeof q === "string" ? q.trim().slice(0, MAX_SEARCH_LENGTH) : ""
    void navigate({ pathname: "/recherche", search: text ? `?q=${encodeURIComponent(text)}` : "" })
  }

  return (
    <form
      role="search"
      aria-label={variant === "header" ? t("search.boxLabel") : t("search.heroLabel")}
      action="/recherche"
      method="get"
      className={`search search--${variant}`}
      onSubmit={submit}
    >
      <label
        className={variant === "header" ? "visually-hidden" : "field__label"}
        htmlFor={inputId}
      >
        {t("search.label")}
      </label>
      {variant === "hero" ? (
        <p id={hintId} className="hint">
          {t("search.hint")}
        </p>
      ) : null}
      <div className="search__row">
        <input
          id={inputId}
          className="field__input"
          type="search"
          name="q"
          maxLength={MAX_SEARCH_LENGTH}
          enterKeyHint="search"
          aria-describedby={variant === "hero" ? hintId : undefined}
        />
        <button type="submit" className="button button--primary">
          {t("search.submit")}
        </button>
      </div>
    </form>
  )
}
