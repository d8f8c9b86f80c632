import { type Closure, toParisWallClock } from "@mirashop/domain"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { useFormatters } from "@/lib/format"

/** The shop's exceptional closures that are not over yet, soonest first; nothing if none. */
export function ClosureList({ closures, now = new Date() }: { closures: Closure[]; now?: Date }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const headingId = useId()
  const today = toParisWallClock(now).date
  // "YYYY-MM-DD" strings sort like the dates they name.
  const upcoming = closures
    .filter((closure) => closure.to >= today)
    .sort((a, b) => a.from.localeCompare(b.from))
  if (upcoming.length === 0) return null

  return (
    <section aria-labelledby={headingId} className="stack">
      <h2 id={headingId}>{t("shop.closures.heading")}</h2>
      <ul>
        {upcoming.map((closure) => {
          const dates =
            closure.from === closure.to
              ? t("shop.closures.day", { date: format.date(closure.from) })
              : t("shop.closures.range", {
                  from: format.date(closure.from),
                  to: format.date(closure.to),
                })
          return (
            <li key={`${closure.from}-${closure.to}`}>
              {closure.reason
                ? t("shop.closures.withReason", { dates, reason: closure.reason })
                : dates}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
