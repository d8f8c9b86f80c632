import type { MerchantShop } from "@mirashop/contract"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { CheckboxField } from "@/components/ui/checkbox-field"
import { Loading } from "@/components/ui/loading"
import { StatusMessage } from "@/components/ui/status-message"
import { TextAreaField } from "@/components/ui/text-area-field"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useMe } from "@/lib/session"
import { useShop, useUpdateShop } from "../api/shop"

/** Staff set the pickup; the payment modes stay with the owner (the backend refuses them too). */
function PickupForm({ shop, canChangePayments }: { shop: MerchantShop; canChangePayments: boolean }) {
  const { t } = useTranslation()
  const save = useUpdateShop()
  const [values, setValues] = useState({
    preparation_minutes: String(shop.preparation_minutes),
    slot_minutes: String(shop.slot_minutes),
    slot_capacity: String(shop.slot_capacity),
    pickup_instructions: shop.pickup_instructions,
    accepts_pay_at_pickup: shop.accepts_pay_at_pickup,
    accepts_online_payment: shop.accepts_online_payment,
  })
  const [noPayment, setNoPayment] = useState(false)
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }))
    save.reset()
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const none = canChangePayments && !values.accepts_pay_at_pickup && !values.accepts_online_payment
    setNoPayment(none)
    if (none) return
    save.mutate({
      preparation_minutes: Number(values.preparation_minutes),
      slot_minutes: Number(values.slot_minutes),
      slot_capacity: Number(values.slot_capacity),
      pickup_instructions: values.pickup_instructions.trim(),
      ...(canChangePayments
        ? { accepts_pay_at_pickup: values.accepts_pay_at_pickup, accepts_online_payment: values.accepts_online_payment }
        : {}),
    })
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Alert message={noPayment ? t("pickup.noPayment") : apiErrorMessage(save.error, t("form.unavailable"))} />
      <fieldset className="card stack">
        <legend>{t("pickup.pickupLegend")}</legend>
        <TextField
          label={t("pickup.preparation")}
          type="number"
          inputMode="numeric"
          min={0}
          max={10080}
          value={values.preparation_minutes}
          onChange={(event) => set("preparation_minutes", event.target.value)}
        />
        <div className="row">
          <TextField
            label={t("pickup.slotMinutes")}
            type="number"
            inputMode="numeric"
            min={10}
            max={240}
            value={values.slot_minutes}
            onChange={(event) => set("slot_minutes", event.target.value)}
          />
          <TextField
            label={t("pickup.slotCapacity")}
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            value={values.slot_capacity}
            onChange={(event) => set("slot_capacity", event.target.value)}
          />
        </div>
        <TextAreaField
          label={t("pickup.instructions")}
          hint={t("pickup.instructionsHint")}
          rows={3}
          maxLength={1000}
          value={values.pickup_instructions}
          onChange={(event) => set("pickup_instructions", event.target.value)}
        />
      </fieldset>
      <fieldset className="card stack">
        <legend>{t("pickup.paymentLegend")}</legend>
        <CheckboxField
          label={t("pickup.payAtPickup")}
          checked={values.accepts_pay_at_pickup}
          disabled={!canChangePayments}
          onChange={(event) => set("accepts_pay_at_pickup", event.target.checked)}
        />
        <CheckboxField
          label={t("pickup.payOnline")}
          checked={values.accepts_online_payment}
          disabled={!canChangePayments}
          onChange={(event) => set("accepts_online_payment", event.target.checked)}
        />
        <p className="hint">{t("pickup.payOnlineHint")}</p>
        {canChangePayments ? null : <p className="notice">{t("pickup.ownerOnlyPayments")}</p>}
      </fieldset>
      <StatusMessage message={save.isSuccess ? t("form.saved") : null} />
      <div>
        <Button type="submit" pending={save.isPending}>
          {save.isPending ? t("form.saving") : t("form.save")}
        </Button>
      </div>
    </form>
  )
}

/** `/retrait`: preparation time, slots, pickup instructions and payment methods. */
export function PickupRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("pickup.title"))
  const shop = useShop()
  const me = useMe()
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("pickup.title")}</h1>
      {shop.isPending ? <Loading /> : shop.isError ? <Alert message={t("form.loadError")} /> : <PickupForm shop={shop.data} canChangePayments={me.data?.merchant_user.role === "owner"} />}
    </div>
  )
}
