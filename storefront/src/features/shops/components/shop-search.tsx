import { type FormEvent, useId } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { Button } from "@/components/ui/button"
import { searchFromFilters } from "./shop-filters"

/** The home page's search box: finds shops by name in the directory. */
export function ShopSearch() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const inputId = useId()
  const hintId = useId()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = new FormData(event.currentTarget).get("q")
    const text = typeof q === "string" ? q.trim() : ""
    void navigate({ pathname: "/boutiques", search: searchFromFilters({ q: text || undefined }) })
  }

  return (
    <form role="search" action="/boutiques" method="get" className="search" onSubmit={submit}>
      <label className="field__label" htmlFor={inputId}>
        {t("home.searchLabel")}
      </label>
      <p id={hintId} className="hint">
        {t("home.searchHint")}
      </p>
      <div className="search__row">
        <input
          id={inputId}
          className="field__input"
          type="search"
          name="q"
          maxLength={100}
          enterKeyHint="search"
          aria-describedby={hintId}
        />
        <Button type="submit">{t("home.searchSubmit")}</Button>
      </div>
    </form>
  )
}
