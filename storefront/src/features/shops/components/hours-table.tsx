import { isWellFormedRange, toParisWallClock, WEEKDAYS, type WeeklyHours } from "@mirashop/domain"
import { useTranslation } from "react-i18next"

/**
 * A shop's regular week, Monday first, with today's row marked. "Today" is the day in
 * Miramas, not on the shopper's device (a visitor abroad still sees the shop's today).
 */
export function HoursTable({
  hours,
  labelledBy,
  now = new Date(),
}: {
  hours: WeeklyHours
  /** Id of the heading that names the table. */
  labelledBy: string
  now?: Date
}) {
  const { t } = useTranslation()
  const today = toParisWallClock(now).weekday
  return (
    <table className="hours" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t("shop.hours.day")}</th>
          <th scope="col">{t("shop.hours.hours")}</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day) => {
          const isToday = day === today
          // Saved schedules are validated; a range that still cannot be read is left out.
          const ranges = (hours[day] ?? [])
            .filter(isWellFormedRange)
            .sort((a, b) => a.open.localeCompare(b.open))
          return (
            <tr
              key={day}
              className={isToday ? "hours__today" : undefined}
              aria-current={isToday ? "date" : undefined}
            >
              <th scope="row">
                {t(`days.${day}`)}
                {/* The highlight is not only a colour (RGAA 3.1): the word says it too. */}
                {isToday ? (
                  <span className="hours__today-label"> ({t("shop.hours.today")})</span>
                ) : null}
              </th>
              <td>
                {ranges.length > 0
                  ? ranges
                      .map(({ open, close }) => t("shop.hours.range", { open, close }))
                      .join(", ")
                  : t("shop.hours.closed")}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
