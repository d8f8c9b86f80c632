import { TRADES, type Trade } from "@mirashop/contract"
import { isValidSiret } from "@mirashop/domain"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useNavigate } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { SelectField } from "@/components/ui/select-field"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useMe } from "@/lib/session"
import { type SignUpInput, useSignUp } from "../api/accounts"
import { MIN_PASSWORD, NewPasswordField } from "../components/password-field"

type Errors = Partial<Record<keyof SignUpInput, string>>
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** `/inscription`: a shopkeeper creates an account and opens a shop, which the city then approves. */
export function SignUpRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("signUp.title"))
  const me = useMe()
  const navigate = useNavigate()
  const signUp = useSignUp()
  const [values, setValues] = useState<SignUpInput>({ email: "", password: "", first_name: "", last_name: "", shop_name: "", trade: "autre", siret: "" })
  const [errors, setErrors] = useState<Errors>({})

  if (me.data && !signUp.isPending) return <Navigate to="/" replace />

  function change<K extends keyof SignUpInput>(field: K, value: SignUpInput[K]) {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: Errors = {}
    if (!values.shop_name.trim() || values.shop_name.trim().length < 2) found.shop_name = t("signUp.errors.shopName")
    if (!values.first_name.trim()) found.first_name = t("signUp.errors.firstName")
    if (!values.last_name.trim()) found.last_name = t("signUp.errors.lastName")
    if (!EMAIL_SHAPE.test(values.email.trim())) found.email = t("login.errors.emailInvalid")
    if (values.password.length < MIN_PASSWORD) found.password = t("account.passwordTooShort", { count: MIN_PASSWORD })
    if (values.siret.trim() && !isValidSiret(values.siret)) found.siret = t("signUp.errors.siret")
    setErrors(found)
    if (Object.keys(found).length) return
    signUp.mutate({ ...values, email: values.email.trim() }, { onSuccess: () => void navigate("/", { replace: true }) })
  }

  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("signUp.heading")}</h1>
      <p>{t("signUp.intro")}</p>
      <form className="stack" noValidate onSubmit={submit}>
        <Alert message={apiErrorMessage(signUp.error, t("signUp.errors.unavailable"))} />
        <TextField label={t("signUp.shopName")} value={values.shop_name} error={errors.shop_name} required onChange={(e) => change("shop_name", e.target.value)} />
        <SelectField
          label={t("signUp.trade")}
          value={values.trade}
          options={TRADES.map((trade) => ({ value: trade, label: t(`signUp.trades.${trade}`) }))}
          onChange={(e) => change("trade", e.target.value as Trade)}
        />
        <TextField label={t("signUp.siret")} inputMode="numeric" value={values.siret} error={errors.siret} onChange={(e) => change("siret", e.target.value)} />
        <TextField label={t("signUp.firstName")} autoComplete="given-name" value={values.first_name} error={errors.first_name} required onChange={(e) => change("first_name", e.target.value)} />
        <TextField label={t("signUp.lastName")} autoComplete="family-name" value={values.last_name} error={errors.last_name} required onChange={(e) => change("last_name", e.target.value)} />
        <TextField
          label={t("login.email")}
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          value={values.email}
          error={errors.email}
          required
          onChange={(e) => change("email", e.target.value)}
        />
        <NewPasswordField value={values.password} error={errors.password} onChange={(value) => change("password", value)} />
        <Button type="submit" pending={signUp.isPending}>
          {t("signUp.submit")}
        </Button>
      </form>
      <p>
        <Link to="/connexion">{t("signUp.haveAccount")}</Link>
      </p>
    </div>
  )
}
