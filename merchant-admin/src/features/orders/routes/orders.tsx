import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { CheckboxField } from "@/components/ui/checkbox-field"
import { Loading } from "@/components/ui/loading"
import { useDocumentTitle } from "@/lib/document-title"
import { useOrders } from "../api/orders"
import { setSoundEnabled, soundEnabled } from "../components/chime"
import { OrderCard } from "../components/order-card"
import { ORDER_TABS, tabOf } from "../components/order-tabs"
import { useNewOrderCue } from "../components/use-new-order-cue"

/** `/commandes`: the live preparation queue, one tab per lifecycle step. */
export function OrdersRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("orders.title"))
  const [params] = useSearchParams()
  const tab = tabOf(params.get("onglet"))
  const waiting = useOrders(ORDER_TABS[0].statuses, { live: true })
  const shown = useOrders(tab.statuses, { live: true })
  const [sound, setSound] = useState(soundEnabled)
  const { fresh, announcement } = useNewOrderCue(waiting.data?.orders, sound)

  return (
    <div className="stack">
      <div className="title-row">
        <h1 tabIndex={-1}>{t("orders.title")}</h1>
        <Link className="button button--secondary" to="/remise">
          {t("handover.title")}
        </Link>
      </div>
      <p>{t("orders.intro")}</p>
      <CheckboxField
        label={t("orders.sound")}
        checked={sound}
        onChange={(event) => {
          setSound(event.target.checked)
          setSoundEnabled(event.target.checked)
        }}
      />
      <div role="status" aria-live="polite" className={announcement ? "notice" : undefined}>
        {announcement ? <p>{announcement}</p> : null}
      </div>
      <nav aria-label={t("orders.tabsLabel")}>
        <ul className="tabs">
          {ORDER_TABS.map((entry) => {
            const count = entry.slug === "a-accepter" ? waiting.data?.count : undefined
            return (
              <li key={entry.slug}>
                <Link to={`/commandes?onglet=${entry.slug}`} aria-current={entry.slug === tab.slug ? "page" : undefined}>
                  {t(`orders.tabs.${entry.slug}`)}
                  {count ? ` (${count})` : null}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>
      <h2 className="visually-hidden">{t(`orders.tabs.${tab.slug}`)}</h2>
      {shown.isPending ? <Loading /> : null}
      <Alert message={shown.isError ? t("form.loadError") : null} />
      {shown.data && shown.data.orders.length === 0 ? <p>{t(`orders.empty.${tab.slug}`)}</p> : null}
      {shown.data?.orders.length ? (
        <ul className="order-list">
          {shown.data.orders.map((order) => (
            <OrderCard key={order.id} order={order} isNew={fresh.has(order.id)} />
          ))}
        </ul>
      ) : null}
    </div>
  )
}
