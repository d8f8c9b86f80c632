import { useTranslation } from "react-i18next"

/** Id of the layout's <main>, target of the skip link and of focus after navigation. */
export const MAIN_ID = "contenu"

/** First focusable element of every page (RGAA 12.7). */
export function SkipLink() {
  const { t } = useTranslation()
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t("app.skipToContent")}
    </a>
  )
}
