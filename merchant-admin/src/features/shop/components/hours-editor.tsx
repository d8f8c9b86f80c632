import { type TimeRange, type Weekday, WEEKDAYS, type WeeklyHours } from "@mirashop/domain"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"

/** A day gets at most this many opening periods (the backend's limit). */
const MAX_RANGES = 4

/** Returns a copy of the week with one day replaced. */
export function withDay(hours: WeeklyHours, day: Weekday, ranges: TimeRange[]): WeeklyHours {
  return { ...hours, [day]: ranges }
}

/** The next period to offer on a day: the morning if empty, else an afternoon after the last one. */
export function nextRange(ranges: TimeRange[]): TimeRange {
  if (ranges.length === 0) return { open: "09:00", close: "12:00" }
  const last = ranges[ranges.length - 1]
  return last.close < "14:00" ? { open: "14:00", close: "19:00" } : { open: last.close, close: "23:00" }
}

/** The week's opening periods, one group per day; every control is a labelled native input. */
export function HoursEditor({ hours, onChange }: { hours: WeeklyHours; onChange: (hours: WeeklyHours) => void }) {
  const { t } = useTranslation()
  return (
    <div className="stack">
      {WEEKDAYS.map((day) => {
        const ranges = hours[day] ?? []
        const dayName = t(`hours.days.${day}`)
        return (
          <fieldset key={day} className="day">
            <legend>{dayName}</legend>
            {ranges.length === 0 ? <p className="hint">{t("hours.closed")}</p> : null}
            {ranges.map((range, index) => (
              <div key={index} className="row row--end">
                <label className="field">
                  <span className="field__label">{t("hours.open", { day: dayName, n: index + 1 })}</span>
                  <input
                    className="field__input"
                    type="time"
                    value={range.open}
                    onChange={(event) =>
                      onChange(withDay(hours, day, ranges.map((r, i) => (i === index ? { ...r, open: event.target.value } : r))))
                    }
                  />
                </label>
                <label className="field">
                  <span className="field__label">{t("hours.close", { day: dayName, n: index + 1 })}</span>
                  <input
                    className="field__input"
                    type="time"
                    value={range.close}
                    onChange={(event) =>
                      onChange(withDay(hours, day, ranges.map((r, i) => (i === index ? { ...r, close: event.target.value } : r))))
                    }
                  />
                </label>
                <Button variant="secondary" onClick={() => onChange(withDay(hours, day, ranges.filter((_, i) => i !== index)))}>
                  {t("hours.removeRange")}
                  <span className="visually-hidden"> {t("hours.rangeName", { day: dayName, n: index + 1 })}</span>
                </Button>
              </div>
            ))}
            {ranges.length < MAX_RANGES ? (
              <Button variant="secondary" onClick={() => onChange(withDay(hours, day, [...ranges, nextRange(ranges)]))}>
                {t("hours.addRange", { day: dayName })}
              </Button>
            ) : null}
          </fieldset>
        )
      })}
    </div>
  )
}
