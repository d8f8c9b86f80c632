import { useTranslation } from "react-i18next"
import { Link, Navigate, useLocation, useNavigate } from "react-router"
import { useDocumentTitle } from "@/lib/document-title"
import { useMe } from "@/lib/session"
import { LoginForm } from "../components/login-form"

/** Where to go after login: the page the merchant was sent away from, if it is one of ours. */
function returnPath(state: unknown): string {
  if (typeof state === "object" && state !== null && "from" in state) {
    const { from } = state
    if (typeof from === "string" && from.startsWith("/") && !from.startsWith("//")) return from
  }
  return "/"
}

/** `/connexion`: the merchant signs in. */
export function LoginRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("login.title"))
  const location = useLocation()
  const navigate = useNavigate()
  const me = useMe()
  const target = returnPath(location.state)

  if (me.data) return <Navigate to={target} replace />

  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("login.heading")}</h1>
      <p>{t("login.intro")}</p>
      <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
      <ul className="link-list">
        <li>
          <Link to="/mot-de-passe/oubli">{t("login.forgot")}</Link>
        </li>
        <li>
          <Link to="/inscription">{t("login.signUp")}</Link>
        </li>
      </ul>
    </div>
  )
}
