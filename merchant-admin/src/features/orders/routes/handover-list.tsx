import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Loading } from "@/components/ui/loading"
import { TextField } from "@/components/ui/text-field"
import { useDocumentTitle } from "@/lib/document-title"
import { useOrders } from "../api/orders"
import { customerName } from "../components/order-facts"

/** `/remise`: the orders ready to hand over; find the shopper by name or order number. */
export function HandoverListRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("handover.title"))
  const ready = useOrders(["ready_for_pickup"], { live: true })
  const [search, setSearch] = useState("")
  const needle = search.trim().toLowerCase()
  const orders = (ready.data?.orders ?? []).filter(
    (order) => !needle || `${order.display_id}` === needle.replace(/^n°\s*/, "") || customerName(order).toLowerCase().includes(needle)
  )

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("handover.title")}</h1>
      <p>{t("handover.intro")}</p>
      <TextField label={t("handover.search")} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      {ready.isPending ? <Loading /> : null}
      <Alert message={ready.isError ? t("form.loadError") : null} />
      <p role="status">{ready.data ? t("handover.count", { count: orders.length }) : null}</p>
      {orders.length ? (
        <ul className="link-list">
          {orders.map((order) => (
            <li key={order.id}>
              <Link to={`/remise/${order.id}`}>
                {t("orders.number", { number: order.display_id })} – {customerName(order)}
                {order.pickup ? ` (${order.pickup.slot.label})` : null}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
