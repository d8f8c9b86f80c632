import type { MerchantStatsQuery } from "@mirashop/contract"
import { addDays, type StatsGranularity, toParisWallClock } from "@mirashop/domain"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { SelectField } from "@/components/ui/select-field"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { downloadText, toCsv } from "@/lib/csv"
import { useDocumentTitle } from "@/lib/document-title"
import { formatDay, formatMoney } from "@/lib/format"
import { useStats } from "../api/stats"
import { SalesChart } from "../components/sales-chart"
import { statsToRows } from "../components/stats-csv"

const DEFAULT_DAYS = 30

function defaultRange(): MerchantStatsQuery {
  const today = toParisWallClock(new Date()).date
  return { from: addDays(today, -(DEFAULT_DAYS - 1)), to: today, granularity: "day" }
}

/** `/statistiques`: sales and orders over a period, with a chart, its table, key figures and a CSV export. */
export function StatsRoute() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(t("stats.title"))
  const [draft, setDraft] = useState<MerchantStatsQuery>(defaultRange)
  const [range, setRange] = useState<MerchantStatsQuery>(draft)
  const stats = useStats(range)
  const money = (value: number) => formatMoney(value, i18n.language)
  const data = stats.data

  function submit(event: FormEvent) {
    event.preventDefault()
    setRange(draft)
  }

  function exportCsv() {
    if (!data) return
    const rows = statsToRows(data, { period: t("stats.columns.period"), orders: t("stats.columns.orders"), sales: t("stats.columns.sales") })
    downloadText(`statistiques-${data.from}-${data.to}.csv`, toCsv(rows))
  }

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("stats.title")}</h1>
      <form className="row row--end card" onSubmit={submit} noValidate>
        <TextField label={t("stats.from")} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField label={t("stats.to")} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <SelectField
          label={t("stats.granularity")}
          value={draft.granularity}
          options={[
            { value: "day", label: t("stats.byDay") },
            { value: "week", label: t("stats.byWeek") },
          ]}
          onChange={(e) => setDraft({ ...draft, granularity: e.target.value as StatsGranularity })}
        />
        <Button type="submit" pending={stats.isFetching}>
          {t("stats.show")}
        </Button>
      </form>
      {stats.isPending ? <Loading /> : null}
      <Alert message={apiErrorMessage(stats.error, t("form.loadError"))} />
      {data ? (
        <>
          <section aria-labelledby="figures-heading" className="stack">
            <h2 id="figures-heading">{t("stats.figures")}</h2>
            <dl className="figures">
              <div>
                <dt>{t("stats.sales")}</dt>
                <dd>{money(data.sales)}</dd>
              </div>
              <div>
                <dt>{t("stats.orders")}</dt>
                <dd>{data.orders}</dd>
              </div>
              <div>
                <dt>{t("stats.preparation")}</dt>
                <dd>{data.average_preparation_minutes === null ? t("stats.none") : t("stats.minutes", { count: data.average_preparation_minutes })}</dd>
              </div>
              <div>
                <dt>{t("stats.noShow")}</dt>
                <dd>{data.no_show_rate === null ? t("stats.none") : new Intl.NumberFormat(i18n.language, { style: "percent" }).format(data.no_show_rate)}</dd>
              </div>
              <div>
                <dt>{t("stats.campaign")}</dt>
                <dd>{data.campaign_orders}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="series-heading" className="stack">
            <div className="title-row">
              <h2 id="series-heading">{t(data.granularity === "day" ? "stats.seriesByDay" : "stats.seriesByWeek")}</h2>
              <Button variant="secondary" onClick={exportCsv}>
                {t("stats.export")}
              </Button>
            </div>
            <SalesChart series={data.series} />
            <div className="table-wrap">
              <table className="table">
                <caption>{t("stats.tableCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("stats.columns.period")}</th>
                    <th scope="col">{t("stats.columns.orders")}</th>
                    <th scope="col">{t("stats.columns.sales")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.series.map((point) => (
                    <tr key={point.period}>
                      <th scope="row" className="nowrap">
                        {formatDay(point.period, i18n.language)}
                      </th>
                      <td>{point.orders}</td>
                      <td className="nowrap">{money(point.sales)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="top-heading" className="stack">
            <h2 id="top-heading">{t("stats.top")}</h2>
            {data.top_products.length ? (
              <ol>
                {data.top_products.map((product) => (
                  <li key={product.product_id ?? product.title}>
                    {t("stats.topLine", { title: product.title, count: product.quantity, amount: money(product.sales) })}
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("stats.noSales")}</p>
            )}
          </section>
        </>
      ) : null}
    </div>
  )
}
