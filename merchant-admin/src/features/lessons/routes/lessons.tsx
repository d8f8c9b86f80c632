import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useDocumentTitle } from "@/lib/document-title"
import { LESSONS } from "../content"

/** `/lecons`: every lesson of the merchant training. */
export function LessonsRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("lessons.title"))
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("lessons.title")}</h1>
      <p>{t("lessons.intro")}</p>
      <p className="hint">{t("lessons.frenchOnly")}</p>
      <ul className="link-list" lang="fr">
        {LESSONS.map((lesson) => (
          <li key={lesson.slug}>
            <Link to={`/lecons/${lesson.slug}`}>{lesson.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
