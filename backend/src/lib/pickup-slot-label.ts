const DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", weekday: "long", day: "numeric", month: "long" })
const TIME = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" })

/** A pickup slot as a shopper reads it, in Miramas time: "samedi 28 novembre, 10:30 – 11:00". */
export function pickupSlotLabel(start: Date, end: Date): string {
  return `${DAY.format(start)}, ${TIME.format(start)} – ${TIME.format(end)}`
}
