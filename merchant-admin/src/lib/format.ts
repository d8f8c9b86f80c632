/** An amount in euros, written the reader's way ("12,50 €" in French). */
export function formatMoney(value: number, locale: string, currency = "EUR"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(value)
}

/** A date and time on Miramas's clock ("28/11/2026 14:05"), whatever the device's time zone. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }).format(new Date(iso))
}

/** A calendar date "YYYY-MM-DD" written the reader's way ("31/10/2026"), never shifted by time zones. */
export function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`))
}
