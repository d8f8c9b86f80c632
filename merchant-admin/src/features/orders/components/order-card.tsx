import type { MerchantOrder } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { apiErrorMessage } from "@/lib/api-error"
import { useOrderAction } from "../api/orders"
import { customerName, OrderPayment, OrderStatusBadge } from "./order-facts"

/** One order in the queue: who, when, what, and the next step to take on it. */
export function OrderCard({ order, isNew }: { order: MerchantOrder; isNew: boolean }) {
  const { t } = useTranslation()
  const action = useOrderAction()
  const status = order.pickup?.status
  const number = t("orders.number", { number: order.display_id })
  const articles = order.items.reduce((sum, item) => sum + item.quantity, 0)

  return (
    <li className={["card", "order-card", isNew ? "order-card--new" : ""].filter(Boolean).join(" ")}>
      <div className="title-row">
        <h3>
          <Link to={`/commandes/${order.id}`}>{number}</Link>
        </h3>
        {isNew ? <Badge tone="warning">{t("orders.new")}</Badge> : <OrderStatusBadge order={order} />}
      </div>
      <p>
        <strong>{customerName(order)}</strong>
        {order.pickup ? ` · ${t("orders.slot", { slot: order.pickup.slot.label })}` : null}
      </p>
      <p>
        {t("orders.articles", { count: articles })} · <OrderPayment order={order} />
      </p>
      <Alert message={apiErrorMessage(action.error, t("orders.actionError"))} />
      <div className="row">
        {status === "placed" ? (
          <Button pending={action.isPending} onClick={() => action.mutate({ id: order.id, action: "accept" })}>
            {t("orders.accept")}
            <span className="visually-hidden"> {number}</span>
          </Button>
        ) : null}
        {status === "accepted" ? (
          <Button pending={action.isPending} onClick={() => action.mutate({ id: order.id, action: "ready" })}>
            {t("orders.markReady")}
            <span className="visually-hidden"> {number}</span>
          </Button>
        ) : null}
        {status === "ready_for_pickup" ? (
          <Link className="button button--primary" to={`/remise/${order.id}`}>
            {t("orders.handOver")}
            <span className="visually-hidden"> {number}</span>
          </Link>
        ) : null}
        <Link className="button button--secondary" to={`/commandes/${order.id}`}>
          {t("orders.details")}
          <span className="visually-hidden"> {number}</span>
        </Link>
      </div>
    </li>
  )
}
