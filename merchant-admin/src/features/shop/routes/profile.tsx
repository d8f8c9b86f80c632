import type { MerchantShop } from "@mirashop/contract"
import { type FormEvent, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { StatusMessage } from "@/components/ui/status-message"
import { TextAreaField } from "@/components/ui/text-area-field"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useMe } from "@/lib/session"
import { useShop, useUpdateShop } from "../api/shop"
import { LogoField } from "../components/logo-field"
import { parseDecimal } from "@/lib/parse-decimal"

type CoordinateError = "latitude" | "longitude"

function ProfileForm({ shop }: { shop: MerchantShop }) {
  const { t } = useTranslation()
  const save = useUpdateShop()
  const [values, setValues] = useState({
    name: shop.name,
    description: shop.description,
    phone: shop.phone,
    address_line1: shop.address_line1,
    postal_code: shop.postal_code,
    city: shop.city,
    latitude: shop.latitude === null ? "" : String(shop.latitude).replace(".", ","),
    longitude: shop.longitude === null ? "" : String(shop.longitude).replace(".", ","),
  })
  const [invalid, setInvalid] = useState<CoordinateError[]>([])
  const latitudeInput = useRef<HTMLInputElement>(null)
  const longitudeInput = useRef<HTMLInputElement>(null)
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }))
    save.reset()
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const latitude = parseDecimal(values.latitude, -90, 90)
    const longitude = parseDecimal(values.longitude, -180, 180)
    const errors: CoordinateError[] = []
    if (!latitude.ok) errors.push("latitude")
    if (!longitude.ok) errors.push("longitude")
    setInvalid(errors)
    if (!latitude.ok || !longitude.ok) {
      // Focus lands on the first field to fix; its label and error are read together.
      ;(latitude.ok ? longitudeInput : latitudeInput).current?.focus()
      return
    }
    save.mutate({
      ...(values.name.trim() !== shop.name ? { name: values.name.trim() } : {}),
      description: values.description.trim(),
      phone: values.phone.trim(),
      address_line1: values.address_line1.trim(),
      postal_code: values.postal_code.trim(),
      city: values.city.trim(),
      latitude: latitude.value,
      longitude: longitude.value,
    })
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Alert message={apiErrorMessage(save.error, t("form.unavailable"))} />
      <fieldset className="card stack">
        <legend>{t("shopForm.identity")}</legend>
        <TextField label={t("shopForm.name")} value={values.name} onChange={set("name")} required autoComplete="organization" />
        <TextAreaField
          label={t("shopForm.description")}
          hint={t("shopForm.descriptionHint", { count: values.description.trim().length })}
          value={values.description}
          onChange={set("description")}
          rows={5}
          maxLength={4000}
        />
        <TextField label={t("shopForm.phone")} type="tel" autoComplete="tel" value={values.phone} onChange={set("phone")} />
      </fieldset>
      <fieldset className="card stack" id="adresse">
        <legend>{t("shopForm.address")}</legend>
        <TextField label={t("shopForm.addressLine")} autoComplete="address-line1" value={values.address_line1} onChange={set("address_line1")} />
        <div className="row">
          <TextField label={t("shopForm.postalCode")} inputMode="numeric" autoComplete="postal-code" value={values.postal_code} onChange={set("postal_code")} />
          <TextField label={t("shopForm.city")} autoComplete="address-level2" value={values.city} onChange={set("city")} />
        </div>
        <p className="hint">{t("shopForm.coordinatesHint")}</p>
        <div className="row">
          <TextField
            ref={latitudeInput}
            label={t("shopForm.latitude")}
            inputMode="decimal"
            value={values.latitude}
            onChange={set("latitude")}
            error={invalid.includes("latitude") ? t("shopForm.latitudeInvalid") : undefined}
          />
          <TextField
            ref={longitudeInput}
            label={t("shopForm.longitude")}
            inputMode="decimal"
            value={values.longitude}
            onChange={set("longitude")}
            error={invalid.includes("longitude") ? t("shopForm.longitudeInvalid") : undefined}
          />
        </div>
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

/** `/boutique`: the shop's profile, logo and address; the owner's alone (its identity). */
export function ShopProfileRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("shopForm.title"))
  const me = useMe()
  const shop = useShop()
  if (me.data?.merchant_user.role === "staff") {
    return (
      <div className="stack">
        <h1 tabIndex={-1}>{t("shopForm.title")}</h1>
        <p className="notice">{t("shopForm.ownerOnly")}</p>
      </div>
    )
  }
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("shopForm.title")}</h1>
      {shop.isPending ? <Loading /> : shop.isError ? <Alert message={t("form.loadError")} /> : null}
      {shop.data ? (
        <>
          <section className="card stack" aria-label={t("shopForm.logo")}>
            <LogoField logoUrl={shop.data.logo_url} />
          </section>
          <ProfileForm shop={shop.data} />
        </>
      ) : null}
    </div>
  )
}
