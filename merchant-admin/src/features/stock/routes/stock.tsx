import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { CheckboxField } from "@/components/ui/checkbox-field"
import { Loading } from "@/components/ui/loading"
import { TextField } from "@/components/ui/text-field"
import { useDocumentTitle } from "@/lib/document-title"
import { useStock } from "../api/stock"
import { filterLevels, LOW_STOCK_THRESHOLD } from "../components/stock-level"
import { StockRow } from "../components/stock-row"

/** `/stock`: every variant's stock at the shop, quick to correct from a phone, low stock highlighted. */
export function StockRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("stock.title"))
  const stock = useStock()
  const [search, setSearch] = useState("")
  const [onlyLow, setOnlyLow] = useState(false)
  const levels = stock.data ? filterLevels(stock.data, search, onlyLow) : []

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("stock.title")}</h1>
      <p>{t("stock.intro", { threshold: LOW_STOCK_THRESHOLD })}</p>
      <p>
        <Link to="/stock/ajustement">{t("stock.adjustLink")}</Link>
      </p>
      <div className="row row--end card">
        <TextField label={t("stock.search")} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <CheckboxField label={t("stock.onlyLow")} checked={onlyLow} onChange={(event) => setOnlyLow(event.target.checked)} />
      </div>
      {stock.isPending ? <Loading /> : null}
      <Alert message={stock.isError ? t("form.loadError") : null} />
      <p role="status">{stock.data ? t("stock.count", { count: levels.length }) : null}</p>
      {levels.length ? (
        <div className="table-wrap">
          <table className="table table--cards">
            <caption className="visually-hidden">{t("stock.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("stock.columns.product")}</th>
                <th scope="col">{t("stock.columns.state")}</th>
                <th scope="col">{t("stock.columns.available")}</th>
                <th scope="col">{t("stock.columns.reserved")}</th>
                <th scope="col">{t("stock.columns.onShelf")}</th>
              </tr>
            </thead>
            <tbody>
              {levels.map((level) => (
                <StockRow key={level.inventory_item_id} level={level} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  )
}
