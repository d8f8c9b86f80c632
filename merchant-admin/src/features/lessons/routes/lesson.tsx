import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { useDocumentTitle } from "@/lib/document-title"
import { Markdown } from "../components/markdown"
import { findLesson } from "../content"

/** `/lecons/:slug`: one lesson, written in French (marked as such for screen readers). */
export function LessonRoute() {
  const { t } = useTranslation()
  const lesson = findLesson(useParams().slug)
  useDocumentTitle(lesson?.title ?? t("lessons.notFound"))
  if (!lesson) {
    return (
      <div className="stack">
        <h1 tabIndex={-1}>{t("lessons.notFound")}</h1>
        <p>
          <Link to="/lecons">{t("lessons.back")}</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="stack">
      <article className="stack lesson" lang="fr">
        <Markdown blocks={lesson.blocks} />
      </article>
      <p>
        <Link to="/lecons">{t("lessons.back")}</Link>
      </p>
    </div>
  )
}
