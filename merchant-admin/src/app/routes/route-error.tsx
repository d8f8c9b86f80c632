import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"
import { MAIN_ID } from "@/components/ui/skip-link"
import { useDocumentTitle } from "@/lib/document-title"

/**
 * Shown when a page crashes or its code cannot be downloaded (typically right after a
 * deployment replaced the files): reloading fetches the new version.
 */
export function RouteError() {
  const { t } = useTranslation()
  useDocumentTitle(t("routeError.title"))
  return (
    <main id={MAIN_ID} tabIndex={-1} className="page narrow stack">
      <h1>{t("routeError.title")}</h1>
      <p>{t("routeError.text")}</p>
      <div>
        <Button onClick={() => window.location.reload()}>{t("routeError.reload")}</Button>
      </div>
    </main>
  )
}
