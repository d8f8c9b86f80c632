import { useEffect } from "react"
import { useTranslation } from "react-i18next"

/** Sets the tab title to "<page> – Espace commerçant Mirashop" (RGAA 8.6: a relevant title per page). */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation()
  const title = t("app.title", { page })
  useEffect(() => {
    document.title = title
  }, [title])
}
