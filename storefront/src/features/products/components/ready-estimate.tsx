import type { ReadyEstimate as Estimate } from "@mirashop/contract"
import { addDays, toParisWallClock } from "@mirashop/domain"
import { useTranslation } from "react-i18next"
import { useFormatters } from "@/lib/format"

/** When an order placed now could be collected: first free slot, after the shop's preparation time. */
export function ReadyEstimate({ ready, now = new Date() }: { ready: Estimate; now?: Date }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const slot = ready.earliest_slot
  const today = toParisWallClock(now).date
  let when: string
  if (!slot) when = t("product.ready.none")
  else if (slot.date === today) when = t("product.ready.today", { time: slot.label })
  else if (slot.date === addDays(today, 1)) when = t("product.ready.tomorrow", { time: slot.label })
  else when = t("product.ready.on", { day: format.day(slot.date), time: slot.label })
  return (
    <div className="ready-estimate">
      <p>{when}</p>
      {ready.preparation_minutes > 0 ? (
        <p className="hint">
          {t("product.ready.preparation", { duration: format.duration(ready.preparation_minutes) })}
        </p>
      ) : null}
    </div>
  )
}
