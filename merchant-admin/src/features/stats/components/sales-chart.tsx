import type { StatsPoint } from "@mirashop/domain"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { formatMoney } from "@/lib/format"

const WIDTH = 640
const HEIGHT = 220
const PADDING = { top: 12, right: 8, bottom: 28, left: 8 }

/**
 * Sales per period as bars: hand-written SVG (a chart library would outweigh the whole page).
 * The figures are in the table next to it; the SVG is named and summed up for screen readers.
 */
export function SalesChart({ series }: { series: StatsPoint[] }) {
  const { t, i18n } = useTranslation()
  const titleId = useId()
  const descId = useId()
  const max = Math.max(1, ...series.map((point) => point.sales))
  const innerWidth = WIDTH - PADDING.left - PADDING.right
  const innerHeight = HEIGHT - PADDING.top - PADDING.bottom
  const slot = innerWidth / Math.max(1, series.length)
  const barWidth = Math.max(2, slot * 0.7)
  const best = series.reduce<StatsPoint | null>((top, point) => (!top || point.sales > top.sales ? point : top), null)
  // Label every nth bar so labels never overlap on a phone.
  const labelEvery = Math.max(1, Math.ceil(series.length / 8))

  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{t("stats.chartTitle")}</title>
      <desc id={descId}>
        {best && best.sales > 0 ? t("stats.chartSummary", { period: best.period, amount: formatMoney(best.sales, i18n.language) }) : t("stats.chartEmpty")}
      </desc>
      <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={HEIGHT - PADDING.bottom} y2={HEIGHT - PADDING.bottom} className="chart__axis" />
      {series.map((point, index) => {
        const height = (point.sales / max) * innerHeight
        const x = PADDING.left + index * slot + (slot - barWidth) / 2
        return (
          <g key={point.period}>
            <rect className="chart__bar" x={x} y={HEIGHT - PADDING.bottom - height} width={barWidth} height={height} />
            {index % labelEvery === 0 ? (
              <text className="chart__label" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle">
                {point.period.slice(5)}
              </text>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}
