import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { StatusMessage } from "@/components/ui/status-message"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { formatDateTime } from "@/lib/format"
import { useAdjustStock, useStockJournal } from "../api/adjustments"
import { useStock } from "../api/stock"
import { draftLines } from "../components/adjustment-draft"
import { filterLevels } from "../components/stock-level"

/** `/stock/ajustement`: several lines at once (+10 delivered, -2 broken) with one reason, and the journal. */
export function StockAdjustmentRoute() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(t("adjust.title"))
  const stock = useStock()
  const journal = useStockJournal()
  const adjust = useAdjustStock()
  const [search, setSearch] = useState("")
  const [reason, setReason] = useState("")
  const [typed, setTyped] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<{ reason?: string; lines?: string }>({})
  const [done, setDone] = useState<string | null>(null)
  const levels = stock.data ? filterLevels(stock.data, search, false) : []
  const { lines, invalid } = draftLines(typed)

  function submit(event: FormEvent) {
    event.preventDefault()
    setDone(null)
    const found: typeof errors = {}
    if (reason.trim().length < 2) found.reason = t("adjust.reasonRequired")
    if (invalid.length) found.lines = t("adjust.invalidLines", { count: invalid.length })
    else if (lines.length === 0) found.lines = t("adjust.noLines")
    setErrors(found)
    if (found.reason || found.lines) return
    adjust.mutate(
      { reason: reason.trim(), adjustments: lines },
      {
        onSuccess: (answer) => {
          setTyped({})
          setReason("")
          setDone(t("adjust.done", { count: answer.adjustments.length }))
        },
      }
    )
  }

  return (
    <div className="stack">
      <p>
        <Link to="/stock">{t("adjust.back")}</Link>
      </p>
      <h1 tabIndex={-1}>{t("adjust.title")}</h1>
      <p>{t("adjust.intro")}</p>
      <form className="stack" noValidate onSubmit={submit}>
        <TextField label={t("adjust.reason")} value={reason} error={errors.reason} maxLength={200} required onChange={(e) => setReason(e.target.value)} />
        <TextField label={t("stock.search")} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        {stock.isPending ? <Loading /> : null}
        <Alert message={stock.isError ? t("form.loadError") : null} />
        {levels.length ? (
          <div className="table-wrap">
            <table className="table table--cards">
              <caption className="visually-hidden">{t("adjust.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("stock.columns.product")}</th>
                  <th scope="col">{t("stock.columns.onShelf")}</th>
                  <th scope="col">{t("adjust.delta")}</th>
                </tr>
              </thead>
              <tbody>
                {levels.map((level) => {
                  const name = [level.product_title, level.variant_title].filter(Boolean).join(" – ")
                  return (
                    <tr key={level.inventory_item_id}>
                      <th scope="row">{name}</th>
                      <td data-label={t("stock.columns.onShelf")}>{level.stocked_quantity}</td>
                      <td>
                        <input
                          className="field__input stock-edit__input"
                          inputMode="numeric"
                          aria-label={t("adjust.deltaFor", { name })}
                          aria-invalid={invalid.includes(level.inventory_item_id) || undefined}
                          value={typed[level.inventory_item_id] ?? ""}
                          placeholder="+0"
                          onChange={(e) => setTyped({ ...typed, [level.inventory_item_id]: e.target.value })}
                        />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        <Alert message={errors.lines ?? apiErrorMessage(adjust.error, t("form.unavailable"))} />
        <StatusMessage message={done} />
        <div>
          <Button type="submit" pending={adjust.isPending}>
            {t("adjust.submit", { count: lines.length })}
          </Button>
        </div>
      </form>
      <section className="stack" aria-labelledby="journal-heading">
        <h2 id="journal-heading">{t("adjust.journal")}</h2>
        {journal.data?.length ? (
          <div className="table-wrap">
            <table className="table table--cards">
              <caption className="visually-hidden">{t("adjust.journal")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("adjust.when")}</th>
                  <th scope="col">{t("stock.columns.product")}</th>
                  <th scope="col">{t("adjust.delta")}</th>
                  <th scope="col">{t("adjust.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {journal.data.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.created_at, i18n.language)}</td>
                    <td>{[entry.product_title, entry.variant_title].filter(Boolean).join(" – ")}</td>
                    <td data-label={t("adjust.delta")}>{entry.delta > 0 ? `+${entry.delta}` : entry.delta}</td>
                    <td data-label={t("adjust.reason")}>{entry.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("adjust.journalEmpty")}</p>
        )}
      </section>
    </div>
  )
}
