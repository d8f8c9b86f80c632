import { useEffect } from "react"
import { useTranslation } from "react-i18next"

/**
 * Sets the tab title to "<page> – Mirashop", or the site's own title on the home page
 * (RGAA 8.6: each page has a relevant title).
 */
export function useDocumentTitle(page: string | null): void {
  const { t } = useTranslation()
  const title = page === null ? t("app.homeTitle") : t("app.title", { page })
  useEffect(() => {
    document.title = title
  }, [title])
}
