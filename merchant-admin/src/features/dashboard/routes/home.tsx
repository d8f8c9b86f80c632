import { useId } from "react"
import { useTranslation } from "react-i18next"
import { useDocumentTitle } from "@/lib/document-title"
import { useMe } from "@/lib/session"
import { ShopStatusBadge } from "../components/shop-status-badge"

/** `/`: greets the merchant and says where their shop stands. */
export function HomeRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("home.title"))
  const headingId = useId()
  // The protected layout renders this page only once the session is loaded.
  const { data: me } = useMe()
  if (!me) return null
  const { merchant_user: user, shop } = me

  return (
    <div className="stack">
      <h1 tabIndex={-1}>
        {user.first_name
          ? t("home.greeting", { firstName: user.first_name })
          : t("home.greetingNoName")}
      </h1>
      {shop ? (
        <section className="card stack" aria-labelledby={headingId}>
          <h2 id={headingId}>{shop.name}</h2>
          <p className="status-line">
            <span>{t("home.status")}</span> <ShopStatusBadge status={shop.status} />
          </p>
          <p>{t(`home.statusHelp.${shop.status}`)}</p>
        </section>
      ) : (
        <p>{t("home.noShop")}</p>
      )}
    </div>
  )
}
