import { useTranslation } from "react-i18next"

/** The contentinfo landmark of every page. */
export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t("footer.about")}</p>
      </div>
    </footer>
  )
}
