import { normalizePickupCode } from "@mirashop/domain"
import { type FormEvent, useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { CheckboxField } from "@/components/ui/checkbox-field"
import { Loading } from "@/components/ui/loading"
import { StatusMessage } from "@/components/ui/status-message"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { formatMoney } from "@/lib/format"
import { useCollectOrder } from "../api/collect"
import { collectErrorMessage } from "../components/collect-error"
import { useOrder } from "../api/orders"
import { customerName, OrderStatusBadge } from "../components/order-facts"
import { OrderLines } from "../components/order-lines"
import { QrScanner } from "../components/qr-scanner"

/** `/remise/:id`: type or scan the shopper's code, check the goods, hand them over (and take payment). */
export function HandoverRoute() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(t("handover.title"))
  const { id = "" } = useParams()
  const order = useOrder(id)
  const collect = useCollectOrder()
  const [code, setCode] = useState("")
  const [paid, setPaid] = useState(false)
  const [fieldError, setFieldError] = useState<string | undefined>()
  const [paymentError, setPaymentError] = useState<string | null>(null)
  const onScanned = useCallback((scanned: string) => setCode(normalizePickupCode(scanned)), [])

  if (order.isPending) return <Loading />
  if (order.isError) {
    return (
      <div className="stack">
        <h1 tabIndex={-1}>{t("handover.title")}</h1>
        <Alert message={apiErrorMessage(order.error, t("form.loadError"))} />
        <Link to="/remise">{t("handover.back")}</Link>
      </div>
    )
  }
  const data = order.data
  const payAtPickup = data.pickup?.payment_mode === "pay_at_pickup"
  const status = data.pickup?.status
  const amount = formatMoney(data.total, i18n.language, data.currency_code)

  function submit(event: FormEvent) {
    event.preventDefault()
    const missingCode = !normalizePickupCode(code)
    const unpaid = payAtPickup && !paid
    setFieldError(missingCode ? t("handover.codeRequired") : undefined)
    setPaymentError(unpaid ? t("handover.paymentRequired", { amount }) : null)
    if (missingCode || unpaid) return
    collect.mutate({ id: data.id, code })
  }

  return (
    <div className="stack">
      <p>
        <Link to="/remise">{t("handover.back")}</Link>
      </p>
      <div className="title-row">
        <h1 tabIndex={-1}>{t("handover.orderTitle", { number: data.display_id })}</h1>
        <OrderStatusBadge order={data} />
      </div>
      <p>
        <strong>{customerName(data)}</strong>
        {data.pickup ? ` · ${data.pickup.slot.label}` : null}
      </p>
      <OrderLines order={data} />
      <StatusMessage message={status === "collected" ? t("handover.done", { number: data.display_id }) : null} />
      {status === "ready_for_pickup" ? (
        <form className="card stack" onSubmit={submit} noValidate>
          <h2>{t("handover.codeTitle")}</h2>
          <QrScanner onCode={onScanned} />
          <TextField
            label={t("handover.code")}
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            error={fieldError}
            onChange={(event) => setCode(event.target.value.toUpperCase())}
          />
          {payAtPickup ? (
            <>
              <CheckboxField label={t("handover.paid", { amount })} checked={paid} onChange={(event) => setPaid(event.target.checked)} />
              {paymentError ? <p className="field__error">{paymentError}</p> : null}
            </>
          ) : (
            <p>{t("handover.paidOnline", { amount })}</p>
          )}
          <Alert message={collectErrorMessage(collect.error, t)} />
          <div>
            <Button type="submit" pending={collect.isPending}>
              {t("handover.confirm")}
            </Button>
          </div>
        </form>
      ) : status !== "collected" ? (
        <p>{t("handover.notReady")}</p>
      ) : null}
    </div>
  )
}
