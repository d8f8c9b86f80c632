import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"
import { MAIN_ID } from "@/components/ui/skip-link"
import { useDocumentTitle } from "@/lib/document-title"

/**
 * Shown in place of a page that crashed or whose code could not be downloaded (typically
 * right after a deployment replaced the files): reloading fetches the new version.
 */
export function PageError() {
  const { t } = useTranslation()
  useDocumentTitle(t("routeError.title"))
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{t("routeError.title")}</h1>
      <p>{t("routeError.text")}</p>
      <div>
        <Button onClick={() => window.location.reload()}>{t("routeError.reload")}</Button>
      </div>
    </div>
  )
}

/** Last resort when the frame itself failed: the same message in a bare <main>. */
export function RootError() {
  return (
    <main id={MAIN_ID} tabIndex={-1} className="page">
      <PageError />
    </main>
  )
}
