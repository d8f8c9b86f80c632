import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { StatusMessage } from "@/components/ui/status-message"
import { TextField } from "@/components/ui/text-field"
import { httpStatus } from "@/lib/sdk"
import { useDocumentTitle } from "@/lib/document-title"
import { useSetNewPassword } from "../api/accounts"
import { MIN_PASSWORD, NewPasswordField } from "../components/password-field"

/** `/mot-de-passe/nouveau?token=…&email=…`: the e-mailed link lands here to set a new password. */
export function ResetPasswordRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("reset.setTitle"))
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const update = useSetNewPassword()
  const [email, setEmail] = useState(params.get("email") ?? "")
  const [password, setPassword] = useState("")
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (password.length < MIN_PASSWORD) return setError(t("account.passwordTooShort", { count: MIN_PASSWORD }))
    setError(undefined)
    update.mutate({ token, email: email.trim(), password })
  }

  const failure = update.error ? t(httpStatus(update.error) === 401 ? "reset.expired" : "signUp.errors.unavailable") : null

  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("reset.setTitle")}</h1>
      {token ? (
        <form className="stack" noValidate onSubmit={submit}>
          <TextField label={t("login.email")} type="email" autoComplete="username" value={email} required onChange={(e) => setEmail(e.target.value)} />
          <NewPasswordField value={password} error={error} onChange={setPassword} />
          <Alert message={failure} />
          <StatusMessage message={update.isSuccess ? t("reset.done") : null} />
          <Button type="submit" pending={update.isPending}>
            {t("reset.setSubmit")}
          </Button>
        </form>
      ) : (
        <Alert message={t("reset.missingToken")} />
      )}
      <p>
        <Link to={update.isSuccess ? "/connexion" : "/mot-de-passe/oubli"}>{update.isSuccess ? t("reset.backToLogin") : t("reset.askAgain")}</Link>
      </p>
    </div>
  )
}
