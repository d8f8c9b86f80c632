import type { Money } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { isLanguage, LOCALES } from "./i18n"

/** Formatters for the language shown: prices, calendar dates and durations. */
export interface Formatters {
  /** "4,50 €" (prices are euros, VAT included, e.g. 4.5). */
  price(money: Money): string
  /** "24 décembre 2026" for a "YYYY-MM-DD" date. */
  date(isoDate: string): string
  /** "30 minutes", "2 heures". */
  duration(minutes: number): string
  /** "mardi 3 décembre" for a "YYYY-MM-DD" date. */
  day(isoDate: string): string
  /** "mardi 3 décembre à 09:30" for an instant, on Miramas' clock. */
  dateTime(iso: string): string
}

const cache = new Map<string, Formatters>()

/** Formatters for a BCP 47 locale, built once per locale (Intl objects are costly to create). */
export function formattersFor(locale: string): Formatters {
  const cached = cache.get(locale)
  if (cached) return cached
  const prices = new Map<string, Intl.NumberFormat>()
  // Calendar dates carry no time zone: read and print them as UTC so no day shifts.
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })
  const unit = (name: "minute" | "hour") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" })
  const days = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  })
  const dateTimes = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Paris",
  })
  const minutes = unit("minute")
  const hours = unit("hour")
  const formatters: Formatters = {
    price({ amount, currency_code }) {
      const currency = currency_code.toUpperCase()
      let format = prices.get(currency)
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: "currency", currency })
        prices.set(currency, format)
      }
      return format.format(amount)
    },
    date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
    duration: (value) =>
      value >= 60 && value % 60 === 0 ? hours.format(value / 60) : minutes.format(value),
    day: (isoDate) => days.format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
  }
  cache.set(locale, formatters)
  return formatters
}

/** Formatters following the interface language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "fr"
  return formattersFor(LOCALES[language])
}
