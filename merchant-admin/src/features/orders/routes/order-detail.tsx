import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { formatDateTime } from "@/lib/format"
import { useOrder, useOrderAction } from "../api/orders"
import { CancelOrderForm } from "../components/cancel-order-form"
import { customerName, OrderPayment, OrderStatusBadge } from "../components/order-facts"
import { OrderLines } from "../components/order-lines"

/** `/commandes/:id`: one order, its next step, and a preparation slip that prints on one page. */
export function OrderDetailRoute() {
  const { t, i18n } = useTranslation()
  const { id = "" } = useParams()
  const order = useOrder(id)
  const action = useOrderAction()
  const number = order.data ? t("orders.number", { number: order.data.display_id }) : t("orders.detailTitle")
  useDocumentTitle(number)

  if (order.isPending) return <Loading />
  if (order.isError) {
    return (
      <div className="stack">
        <h1 tabIndex={-1}>{t("orders.detailTitle")}</h1>
        <Alert message={apiErrorMessage(order.error, t("form.loadError"))} />
        <Link to="/commandes">{t("orders.back")}</Link>
      </div>
    )
  }
  const data = order.data
  const status = data.pickup?.status

  return (
    <div className="stack">
      <p className="no-print">
        <Link to="/commandes">{t("orders.back")}</Link>
      </p>
      <article className="stack slip" aria-labelledby="order-heading">
        <div className="title-row">
          <h1 id="order-heading" tabIndex={-1}>
            {number}
          </h1>
          <OrderStatusBadge order={data} />
        </div>
        <dl className="facts">
          <dt>{t("orders.customer")}</dt>
          <dd>
            {customerName(data)}
            {data.customer.phone ? ` · ${data.customer.phone}` : null}
          </dd>
          {data.pickup ? (
            <>
              <dt>{t("orders.pickupSlot")}</dt>
              <dd>{data.pickup.slot.label}</dd>
            </>
          ) : null}
          <dt>{t("orders.placedAt")}</dt>
          <dd>{formatDateTime(data.created_at, i18n.language)}</dd>
          <dt>{t("orders.total")}</dt>
          <dd>
            <OrderPayment order={data} />
          </dd>
          {data.pickup?.cancel_reason ? (
            <>
              <dt>{t("orders.cancelReason")}</dt>
              <dd>{data.pickup.cancel_reason}</dd>
            </>
          ) : null}
        </dl>
        <OrderLines order={data} />
      </article>
      <Alert message={apiErrorMessage(action.error, t("orders.actionError"))} />
      <div className="row no-print">
        {status === "placed" ? (
          <Button pending={action.isPending} onClick={() => action.mutate({ id: data.id, action: "accept" })}>
            {t("orders.accept")}
          </Button>
        ) : null}
        {status === "accepted" ? (
          <Button pending={action.isPending} onClick={() => action.mutate({ id: data.id, action: "ready" })}>
            {t("orders.markReady")}
          </Button>
        ) : null}
        {status === "ready_for_pickup" ? (
          <Link className="button button--primary" to={`/remise/${data.id}`}>
            {t("orders.handOver")}
          </Link>
        ) : null}
        <Button variant="secondary" onClick={() => window.print()}>
          {t("orders.print")}
        </Button>
      </div>
      {status === "placed" || status === "accepted" ? <CancelOrderForm order={data} /> : null}
    </div>
  )
}
