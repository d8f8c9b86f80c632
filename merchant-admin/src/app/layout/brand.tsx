import { useTranslation } from "react-i18next"

/** The app's name in the header; not a heading, each page owns its single <h1>. */
export function Brand() {
  const { t } = useTranslation()
  return (
    <p className="brand">
      <span className="brand__name">{t("app.name")}</span>{" "}
      <span className="brand__area">{t("app.area")}</span>
    </p>
  )
}
