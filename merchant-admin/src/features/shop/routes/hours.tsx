import type { MerchantShop } from "@mirashop/contract"
import { type Closure, validateWeeklyHours, type WeeklyHours } from "@mirashop/domain"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { StatusMessage } from "@/components/ui/status-message"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useShop, useUpdateShop } from "../api/shop"
import { ClosuresEditor } from "../components/closures-editor"
import { HoursEditor } from "../components/hours-editor"

/** Closures as the backend takes them: complete dates, no empty reason. */
export function cleanClosures(closures: Closure[]): Closure[] {
  return closures
    .filter((closure) => closure.from || closure.to)
    .map(({ from, to, reason }) => ({ from, to: to || from, ...(reason?.trim() ? { reason: reason.trim() } : {}) }))
}

function HoursForm({ shop }: { shop: MerchantShop }) {
  const { t } = useTranslation()
  const save = useUpdateShop()
  const [hours, setHours] = useState<WeeklyHours>(shop.opening_hours)
  const [closures, setClosures] = useState<Closure[]>(shop.closures)
  const [problems, setProblems] = useState<string[]>([])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const found = validateWeeklyHours(hours)
    setProblems(found)
    if (found.length) return
    save.mutate({ opening_hours: hours, closures: cleanClosures(closures) })
  }

  const error = problems.length ? problems.join(" ") : apiErrorMessage(save.error, t("form.unavailable"))
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Alert message={error} />
      <section className="card stack" aria-labelledby="hours-week">
        <h2 id="hours-week">{t("hours.week")}</h2>
        <HoursEditor
          hours={hours}
          onChange={(next) => {
            setHours(next)
            save.reset()
          }}
        />
      </section>
      <section className="card stack" aria-labelledby="hours-closures">
        <h2 id="hours-closures">{t("hours.closures")}</h2>
        <ClosuresEditor
          closures={closures}
          onChange={(next) => {
            setClosures(next)
            save.reset()
          }}
        />
      </section>
      <StatusMessage message={save.isSuccess ? t("form.saved") : null} />
      <div>
        <Button type="submit" pending={save.isPending}>
          {save.isPending ? t("form.saving") : t("form.save")}
        </Button>
      </div>
    </form>
  )
}

/** `/horaires`: weekly opening hours and exceptional closures. */
export function HoursRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("hours.title"))
  const shop = useShop()
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("hours.title")}</h1>
      <p>{t("hours.intro")}</p>
      {shop.isPending ? <Loading /> : shop.isError ? <Alert message={t("form.loadError")} /> : <HoursForm shop={shop.data} />}
    </div>
  )
}
