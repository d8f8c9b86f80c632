import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { ProgressBar } from "@/components/ui/progress-bar"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useCreateProduct } from "../api/products"
import { downloadText } from "@/lib/csv"
import { CSV_COLUMNS, errorReport, type ImportRow, readImportFile, type RowError } from "../components/product-csv"

interface Outcome {
  line: number
  title: string
  reason: string | null
}

/** `/produits/import`: a CSV of products, checked line by line, previewed, then created one by one. */
export function ProductImportRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("csvImport.title"))
  const inputId = useId()
  const create = useCreateProduct()
  const [rows, setRows] = useState<ImportRow[] | null>(null)
  const [missing, setMissing] = useState<string[]>([])
  const [done, setDone] = useState<Outcome[]>([])
  const [running, setRunning] = useState(false)

  const reasonOf = (error: RowError) =>
    error === "vatInvalid" || error === "statusInvalid" ? t(`csvImport.errors.${error}`) : t(`products.errors.${error}`)

  async function read(file: File) {
    const { rows: read, missingColumns } = readImportFile(await file.text())
    setRows(read)
    setMissing(missingColumns)
    setDone([])
  }

  async function run() {
    if (!rows || running) return
    setRunning(true)
    const outcomes: Outcome[] = []
    for (const row of rows) {
      if (!row.product) {
        outcomes.push({ line: row.line, title: row.title, reason: row.errors.map(reasonOf).join(" ") })
      } else {
        // One at a time: a small shop's server stays responsive and the bar moves steadily.
        const error = await create.mutateAsync(row.product).then(
          () => null,
          (failure: unknown) => apiErrorMessage(failure, t("form.unavailable"))
        )
        outcomes.push({ line: row.line, title: row.title, reason: error })
      }
      setDone([...outcomes])
    }
    setRunning(false)
  }

  const valid = rows?.filter((row) => row.product).length ?? 0
  const failures = done.filter((outcome) => outcome.reason !== null)
  const finished = rows !== null && done.length === rows.length && rows.length > 0
  return (
    <div className="stack">
      <p>
        <Link to="/produits">{t("products.backToList")}</Link>
      </p>
      <h1 tabIndex={-1}>{t("csvImport.title")}</h1>
      <p>{t("csvImport.intro", { columns: CSV_COLUMNS.join(" ; ") })}</p>
      <div className="field card">
        <label className="field__label" htmlFor={inputId}>
          {t("csvImport.file")}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          disabled={running}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void read(file)
          }}
        />
      </div>
      <Alert message={missing.length ? t("csvImport.errors.missingColumnsList", { columns: missing.join(", ") }) : null} />
      {rows && rows.length ? (
        <section className="stack" aria-labelledby="import-preview">
          <h2 id="import-preview">{t("csvImport.preview")}</h2>
          <p role="status">{t("csvImport.summary", { valid, invalid: rows.length - valid })}</p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("csvImport.line")}</th>
                  <th scope="col">{t("products.columns.title")}</th>
                  <th scope="col">{t("csvImport.check")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <th scope="row">{row.title || "—"}</th>
                    <td>{row.errors.length ? <span className="field__error">{row.errors.map(reasonOf).join(" ")}</span> : <Badge tone="success">{t("csvImport.ok")}</Badge>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {done.length || running ? <ProgressBar value={done.length / rows.length} label={t("csvImport.progress")} /> : null}
          <p role="status">{done.length ? t("csvImport.progressText", { done: done.length, total: rows.length }) : null}</p>
          {finished ? (
            <div className="stack">
              <p className={failures.length ? undefined : "notice"}>{t("csvImport.finished", { created: done.length - failures.length, failed: failures.length })}</p>
              {failures.length ? (
                <div>
                  <Button variant="secondary" onClick={() => downloadText("erreurs-import-produits.csv", errorReport(failures.map((f) => ({ ...f, reason: f.reason ?? "" }))))}>
                    {t("csvImport.downloadReport")}
                  </Button>
                </div>
              ) : null}
            </div>
          ) : (
            <div>
              <Button pending={running} onClick={() => void run()}>
                {running ? t("csvImport.running") : t("csvImport.start", { count: valid })}
              </Button>
            </div>
          )}
        </section>
      ) : null}
    </div>
  )
}
