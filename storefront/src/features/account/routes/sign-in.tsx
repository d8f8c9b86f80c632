import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { TextField } from "@/components/ui/text-field"
import { useDocumentTitle } from "@/lib/document-title"
import { httpStatus } from "@/lib/http-error"
import { useSignIn } from "../api/auth"
import { safeReturnPath } from "../components/return-path"

/** `/compte/connexion`: a shopper signs in, then goes back where they came from (e.g. the checkout). */
export function SignInRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.signIn.title"))
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const back = safeReturnPath(params.get("retour"))
  const signIn = useSignIn()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [missing, setMissing] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!email.trim() || !password) {
      setMissing(true)
      return
    }
    setMissing(false)
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(back) })
  }

  const error = missing
    ? t("account.errors.missing")
    : signIn.isError
      ? httpStatus(signIn.error) === 401
        ? t("account.errors.wrongCredentials")
        : t("account.errors.unavailable")
      : null
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("account.signIn.heading")}</h1>
      <Alert message={error} />
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t("checkout.identity.email")}
          type="email"
          autoComplete="email"
          required
          value={email}
          error={missing && !email.trim() ? t("account.errors.required") : null}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t("account.password")}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={missing && !password ? t("account.errors.required") : null}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div>
          <Button type="submit" pending={signIn.isPending}>
            {t("account.signIn.submit")}
          </Button>
        </div>
      </form>
      <p>
        {t("account.signIn.noAccount")}{" "}
        <Link to={`/compte/inscription?retour=${encodeURIComponent(back)}`}>
          {t("account.signUp.heading")}
        </Link>
      </p>
    </div>
  )
}
