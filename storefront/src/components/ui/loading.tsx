import { useTranslation } from "react-i18next"

/** A polite "loading" message, announced without stealing focus. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <p role="status" className="loading">
      {label ?? t("app.loading")}
    </p>
  )
}
