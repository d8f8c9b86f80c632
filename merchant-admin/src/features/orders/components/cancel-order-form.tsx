import type { MerchantOrder } from "@mirashop/contract"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { TextAreaField } from "@/components/ui/text-area-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useOrderAction } from "../api/orders"

const MIN_REASON = 3

/** Cancels an order with a reason the shopper will read; the typed reason survives a refusal. */
export function CancelOrderForm({ order }: { order: MerchantOrder }) {
  const { t } = useTranslation()
  const action = useOrderAction()
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (reason.trim().length < MIN_REASON) {
      setError(t("orders.cancel.reasonRequired"))
      return
    }
    setError(undefined)
    action.mutate({ id: order.id, action: "cancel", reason: reason.trim() })
  }

  return (
    <form className="card stack no-print" onSubmit={submit} noValidate aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t("orders.cancel.title")}</h2>
      <p>{t("orders.cancel.intro")}</p>
      <TextAreaField
        label={t("orders.cancel.reason")}
        hint={t("orders.cancel.hint")}
        value={reason}
        error={error}
        maxLength={500}
        onChange={(event) => setReason(event.target.value)}
      />
      <Alert message={apiErrorMessage(action.error, t("orders.actionError"))} />
      <div>
        <Button type="submit" variant="secondary" pending={action.isPending}>
          {t("orders.cancel.submit")}
        </Button>
      </div>
    </form>
  )
}
