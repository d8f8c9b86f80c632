import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { TextField } from "@/components/ui/text-field"
import { useDocumentTitle } from "@/lib/document-title"
import { useSignUp } from "../api/auth"
import { safeReturnPath } from "../components/return-path"

/** Shortest password accepted: long enough to resist guessing, short enough to remember. */
const MIN_PASSWORD = 10

type Field = "email" | "password" | "first_name" | "last_name" | "phone"

/** `/compte/inscription`: a shopper opens an account (e-mail and password). */
export function SignUpRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.signUp.title"))
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const back = safeReturnPath(params.get("retour"))
  const signUp = useSignUp()
  const [values, setValues] = useState<Record<Field, string>>({
    email: "",
    password: "",
    first_name: "",
    last_name: "",
    phone: "",
  })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    for (const field of ["email", "password", "first_name", "last_name"] as const) {
      if (!values[field].trim()) found[field] = t("account.errors.required")
    }
    if (!found.email && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(values.email.trim())) {
      found.email = t("checkout.errors.email", { field: t("checkout.identity.email") })
    }
    if (!found.password && values.password.length < MIN_PASSWORD) {
      found.password = t("account.errors.shortPassword", { count: MIN_PASSWORD })
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    signUp.mutate(
      { ...values, email: values.email.trim() },
      { onSuccess: () => void navigate(back) }
    )
  }

  const field = (name: Field) => ({
    value: values[name],
    error: errors[name] ?? null,
    onChange: (event: { target: { value: string } }) =>
      setValues({ ...values, [name]: event.target.value }),
  })
  const count = Object.keys(errors).length
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("account.signUp.heading")}</h1>
      <Alert
        message={
          count > 0
            ? t("checkout.errors.summary", { count })
            : signUp.isError
              ? t("account.errors.signUpFailed")
              : null
        }
      />
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t("checkout.identity.email")}
          type="email"
          autoComplete="email"
          required
          {...field("email")}
        />
        <TextField
          label={t("account.password")}
          hint={t("account.passwordHint", { count: MIN_PASSWORD })}
          type="password"
          autoComplete="new-password"
          required
          {...field("password")}
        />
        <TextField
          label={t("checkout.identity.first_name")}
          autoComplete="given-name"
          required
          {...field("first_name")}
        />
        <TextField
          label={t("checkout.identity.last_name")}
          autoComplete="family-name"
          required
          {...field("last_name")}
        />
        <TextField
          label={t("account.phoneOptional")}
          type="tel"
          autoComplete="tel"
          {...field("phone")}
        />
        <div>
          <Button type="submit" pending={signUp.isPending}>
            {t("account.signUp.submit")}
          </Button>
        </div>
      </form>
      <p>
        {t("account.signUp.hasAccount")}{" "}
        <Link to={`/compte/connexion?retour=${encodeURIComponent(back)}`}>
          {t("account.signIn.heading")}
        </Link>
      </p>
    </div>
  )
}
