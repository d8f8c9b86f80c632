import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Loading } from "@/components/ui/loading"
import { useDocumentTitle } from "@/lib/document-title"
import { useMe } from "@/lib/session"
import { useProgress } from "../api/get-progress"
import { Checklist } from "../components/checklist"
import { ShopStatusBadge } from "../components/shop-status-badge"

/** The onboarding checklist until the shop is live, then the coaching list. */
function ShopProgressSection() {
  const { t } = useTranslation()
  const progress = useProgress()
  if (progress.isPending) return <Loading label={t("progress.loading")} />
  if (progress.isError) return <Alert message={t("progress.error")} />
  const { phase, onboarding, coaching } = progress.data
  return phase === "onboarding" ? (
    <Checklist title={t("progress.onboardingTitle")} {...onboarding} />
  ) : (
    <>
      <Checklist title={t("progress.coachingTitle")} {...coaching} />
      <p className="hint">{t("progress.onboardingComplete")}</p>
    </>
  )
}

/** `/`: greets the merchant, says where their shop stands and what to do next. */
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
        <>
          <section className="card stack" aria-labelledby={headingId}>
            <h2 id={headingId}>{shop.name}</h2>
            <p className="status-line">
              <span>{t("home.status")}</span> <ShopStatusBadge status={shop.status} />
            </p>
            <p>{t(`home.statusHelp.${shop.status}`)}</p>
          </section>
          <ShopProgressSection />
          <p>
            <Link to="/lecons">{t("lessons.all")}</Link>
          </p>
        </>
      ) : (
        <p>{t("home.noShop")}</p>
      )}
    </div>
  )
}
