import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useDocumentTitle } from "@/lib/document-title"

/** Any path we do not know. */
export function NotFoundRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("notFound.title"))
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <Link to="/">{t("notFound.back")}</Link>
      </p>
    </div>
  )
}
