import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { StatusMessage } from "@/components/ui/status-message"
import { TextField } from "@/components/ui/text-field"
import { useDocumentTitle } from "@/lib/document-title"
import { useRequestPasswordReset } from "../api/accounts"

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** `/mot-de-passe/oubli`: asks for a link to set a new password. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("reset.requestTitle"))
  const request = useRequestPasswordReset()
  const [email, setEmail] = useState("")
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!EMAIL_SHAPE.test(email.trim())) return setError(t("login.errors.emailInvalid"))
    setError(undefined)
    request.mutate(email.trim())
  }

  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("reset.requestTitle")}</h1>
      <p>{t("reset.requestIntro")}</p>
      <form className="stack" noValidate onSubmit={submit}>
        <TextField label={t("login.email")} type="email" autoComplete="email" autoCapitalize="none" value={email} error={error} required onChange={(e) => setEmail(e.target.value)} />
        <Alert message={request.isError ? t("signUp.errors.unavailable") : null} />
        <StatusMessage message={request.isSuccess ? t("reset.requestSent") : null} />
        <Button type="submit" pending={request.isPending}>
          {t("reset.requestSubmit")}
        </Button>
      </form>
      <p>
        <Link to="/connexion">{t("reset.backToLogin")}</Link>
      </p>
    </div>
  )
}
