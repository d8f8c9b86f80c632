import type { Checkout, CheckoutOrder } from "@mirashop/contract"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useNavigate } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { useCustomer } from "@/lib/customer"
import { useDocumentTitle } from "@/lib/document-title"
import { useSignOut } from "../api/auth"
import { ORDERS_PAGE_SIZE, useCancelOrder, useOrders } from "../api/orders"
import { OrderHistory } from "../components/order-history"

/** `/compte`: the signed-in shopper, their orders per shop with status, cancel before ready. */
export function AccountRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("account.title"))
  const customer = useCustomer()
  if (customer.isPending) return <Loading />
  if (customer.isError) return <Alert message={t("account.errors.unavailable")} />
  if (!customer.data) return <Navigate to="/compte/connexion" replace />
  return (
    <Account name={customer.data.first_name ?? customer.data.email} email={customer.data.email} />
  )
}

function Account({ name, email }: { name: string; email: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const signOut = useSignOut()
  const [offset, setOffset] = useState(0)
  const orders = useOrders({ limit: ORDERS_PAGE_SIZE, offset })
  const cancel = useCancelOrder()
  const [cancelling, setCancelling] = useState<string | null>(null)
  const [announce, setAnnounce] = useState("")
  const ordersId = useId()

  function onCancel(checkout: Checkout, order: CheckoutOrder) {
    if (!window.confirm(t("account.orders.confirmCancel", { shop: order.shop.name }))) return
    setCancelling(order.id)
    cancel.mutate(
      { checkoutId: checkout.id, orderId: order.id },
      {
        onSuccess: () => setAnnounce(t("account.orders.cancelled", { shop: order.shop.name })),
        onSettled: () => setCancelling(null),
      }
    )
  }

  return (
    <div className="stack-lg">
      <div className="stack">
        <h1 tabIndex={-1}>{t("account.heading", { name })}</h1>
        <p className="hint">{email}</p>
        <div>
          <Button
            variant="secondary"
            pending={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate("/") })}
          >
            {t("account.signOut")}
          </Button>
        </div>
      </div>
      <section aria-labelledby={ordersId} className="stack">
        <h2 id={ordersId}>{t("account.orders.heading")}</h2>
        <p role="status">{announce}</p>
        <Alert message={cancel.isError ? t("account.orders.cancelError") : null} />
        {orders.isPending ? (
          <Loading />
        ) : orders.isError ? (
          <Alert message={t("account.orders.error")}>
            <Button
              variant="secondary"
              pending={orders.isFetching}
              onClick={() => void orders.refetch()}
            >
              {t("app.retry")}
            </Button>
          </Alert>
        ) : orders.data.checkouts.length === 0 ? (
          <p>
            {t("account.orders.none")} <Link to="/boutiques">{t("cart.browse")}</Link>
          </p>
        ) : (
          <>
            <OrderHistory
              checkouts={orders.data.checkouts}
              cancelling={cancelling}
              onCancel={onCancel}
            />
            <div className="pager">
              {offset > 0 ? (
                <Button
                  variant="secondary"
                  onClick={() => setOffset(Math.max(0, offset - ORDERS_PAGE_SIZE))}
                >
                  {t("account.orders.newer")}
                </Button>
              ) : null}
              {offset + ORDERS_PAGE_SIZE < orders.data.count ? (
                <Button variant="secondary" onClick={() => setOffset(offset + ORDERS_PAGE_SIZE)}>
                  {t("account.orders.older")}
                </Button>
              ) : null}
            </div>
          </>
        )}
      </section>
    </div>
  )
}
