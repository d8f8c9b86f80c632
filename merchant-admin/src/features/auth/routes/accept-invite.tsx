import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useAcceptInvite } from "../api/accounts"
import { MIN_PASSWORD, NewPasswordField } from "../components/password-field"

/** `/invitation?token=…&email=…`: an invited colleague chooses a password and joins the shop. */
export function AcceptInviteRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("invite.title"))
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const accept = useAcceptInvite()
  const token = params.get("token") ?? ""
  const email = params.get("email") ?? ""
  const [password, setPassword] = useState("")
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (password.length < MIN_PASSWORD) return setError(t("account.passwordTooShort", { count: MIN_PASSWORD }))
    setError(undefined)
    accept.mutate({ token, email, password }, { onSuccess: () => void navigate("/", { replace: true }) })
  }

  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("invite.title")}</h1>
      {token && email ? (
        <form className="stack" noValidate onSubmit={submit}>
          <p>{t("invite.intro", { email })}</p>
          <NewPasswordField value={password} error={error} onChange={setPassword} />
          <Alert message={apiErrorMessage(accept.error, t("signUp.errors.unavailable"))} />
          <Button type="submit" pending={accept.isPending}>
            {t("invite.submit")}
          </Button>
        </form>
      ) : (
        <Alert message={t("invite.invalid")} />
      )}
    </div>
  )
}
