import type { PickupSlotOption, ShopPickup } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { useFormatters } from "@/lib/format"

/** Id of a shop's slot list, so the error summary can link to it. */
export const slotInputId = (shopId: string) => `creneau-${shopId}`

/** Slots grouped by Paris date, in time order. */
export function slotsByDay(
  slots: PickupSlotOption[]
): { date: string; slots: PickupSlotOption[] }[] {
  const days: { date: string; slots: PickupSlotOption[] }[] = []
  for (const slot of slots) {
    const last = days.at(-1)
    if (last?.date === slot.date) last.slots.push(slot)
    else days.push({ date: slot.date, slots: [slot] })
  }
  return days
}

/**
 * The pickup slot of one shop: a native list (grouped by day) that the keyboard, screen
 * readers and phones all know how to use. The choice is saved as soon as it is made.
 */
export function SlotPicker({
  pickup,
  saving,
  error,
  onChoose,
}: {
  pickup: ShopPickup
  saving: boolean
  error: string | null
  onChoose: (start: string) => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const id = slotInputId(pickup.shop.id)
  const errorId = `${id}-erreur`
  const statusId = `${id}-statut`
  const chosen = pickup.slots.find((slot) => slot.start === pickup.selected_slot)

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t("checkout.slots.label", { shop: pickup.shop.name })}
      </label>
      {pickup.slots.length === 0 ? (
        <p className="alert">{t("checkout.slots.none", { shop: pickup.shop.name })}</p>
      ) : (
        <select
          id={id}
          className="field__input"
          value={chosen?.start ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={[statusId, error ? errorId : null].filter(Boolean).join(" ")}
          onChange={(event) => {
            if (event.target.value) onChoose(event.target.value)
          }}
        >
          <option value="">{t("checkout.slots.placeholder")}</option>
          {slotsByDay(pickup.slots).map((day) => (
            <optgroup key={day.date} label={format.day(day.date)}>
              {day.slots.map((slot) => (
                <option key={slot.start} value={slot.start}>
                  {t("checkout.slots.option", { day: format.day(day.date), time: slot.label })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
      <span id={statusId} role="status" className="hint">
        {saving
          ? t("checkout.slots.saving")
          : chosen
            ? t("checkout.slots.saved", { when: format.dateTime(chosen.start) })
            : ""}
      </span>
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  )
}
