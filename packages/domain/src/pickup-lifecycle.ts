import { toParisWallClock } from "./paris-time"

/** Where one shop's order is in its life, from the shopper's checkout to the counter. */
export type PickupStatus = "placed" | "accepted" | "ready_for_pickup" | "collected" | "cancelled" | "no_show"

/** What can happen to a shop's order. */
export type PickupAction = "accept" | "ready" | "collect" | "cancel" | "no_show"

const NEXT: Record<PickupAction, { from: readonly PickupStatus[]; to: PickupStatus }> = {
  accept: { from: ["placed"], to: "accepted" },
  ready: { from: ["accepted"], to: "ready_for_pickup" },
  collect: { from: ["ready_for_pickup"], to: "collected" },
  cancel: { from: ["placed", "accepted"], to: "cancelled" },
  no_show: { from: ["placed", "accepted", "ready_for_pickup"], to: "no_show" },
}

const STATUS_LABELS: Record<PickupStatus, string> = {
  placed: "reçue",
  accepted: "acceptée",
  ready_for_pickup: "prête à retirer",
  collected: "retirée",
  cancelled: "annulée",
  no_show: "non retirée",
}

/** The status an order reaches by `action`, or null when the action is not allowed from `status`. */
export function nextPickupStatus(status: PickupStatus, action: PickupAction): PickupStatus | null {
  const rule = NEXT[action]
  return rule.from.includes(status) ? rule.to : null
}

/** Why an action is refused, in French, for the merchant or the shopper. */
export function refusedTransitionMessage(status: PickupStatus, action: PickupAction): string {
  const wanted: Record<PickupAction, string> = {
    accept: "accepter",
    ready: "marquer prête",
    collect: "remettre",
    cancel: "annuler",
    no_show: "déclarer non retirée",
  }
  const allowed = NEXT[action].from.map((s) => `« ${STATUS_LABELS[s]} »`).join(" ou ")
  const verb = wanted[action]
  const impossible = /^[aeiou]/.test(verb) ? `Impossible d'${verb}` : `Impossible de ${verb}`
  return `${impossible} une commande ${STATUS_LABELS[status]} : il faut qu'elle soit ${allowed}.`
}

/** Whether a shopper may still cancel (before the shop has prepared the order). */
export function shopperCanCancel(status: PickupStatus): boolean {
  return nextPickupStatus(status, "cancel") !== null
}

/** Whether an order is past its pickup deadline: `noShowDays` whole days after its slot ended. */
export function isPastPickupDeadline(slotEnd: Date, noShowDays: number, now: Date): boolean {
  return now.getTime() >= slotEnd.getTime() + noShowDays * 24 * 60 * 60 * 1000
}

/** The French label of a status. */
export function pickupStatusLabel(status: PickupStatus): string {
  return STATUS_LABELS[status]
}

/** From this Miramas time on, the shoppers of the day's slots get their reminder. */
export const REMINDER_FROM_MINUTES = 7 * 60

/** Whether a pickup's reminder is due: on the slot's day (Europe/Paris), from 7:00, before the slot starts. */
export function isReminderDue(slotStart: Date, now: Date): boolean {
  const today = toParisWallClock(now)
  return toParisWallClock(slotStart).date === today.date && today.minutes >= REMINDER_FROM_MINUTES && slotStart > now
}
