import type { Checkout, CheckoutOrder } from "@mirashop/contract"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { PickupQr } from "@/components/ui/pickup-qr"
import { PickupStatusBadge } from "@/components/ui/pickup-status-badge"
import { useDocumentTitle } from "@/lib/document-title"
import { useFormatters } from "@/lib/format"
import { isNotFound } from "@/lib/http-error"
import { useCheckout } from "../api/get-checkout"

/** `/commande/:checkout_id`: one pickup code and QR per shop, with when and where; printable. */
export function ConfirmationRoute() {
  const { t } = useTranslation()
  const { checkoutId = "" } = useParams()
  const checkout = useCheckout(checkoutId)
  useDocumentTitle(t("confirmation.title"))

  if (checkout.isPending) return <Loading label={t("confirmation.loading")} />
  if (checkout.isError) {
    return (
      <div className="narrow stack">
        <h1 tabIndex={-1}>{t("confirmation.errorTitle")}</h1>
        {isNotFound(checkout.error) ? (
          <p>{t("confirmation.notFound")}</p>
        ) : (
          <Alert message={t("confirmation.error")}>
            <Button
              variant="secondary"
              pending={checkout.isFetching}
              onClick={() => void checkout.refetch()}
            >
              {t("app.retry")}
            </Button>
          </Alert>
        )}
      </div>
    )
  }
  return <Confirmation checkout={checkout.data.checkout} />
}

function Confirmation({ checkout }: { checkout: Checkout }) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <div className="stack-lg confirmation">
      <div className="stack">
        <h1 tabIndex={-1}>{t("confirmation.heading")}</h1>
        <p>{t("confirmation.intro", { count: checkout.orders.length, email: checkout.email })}</p>
        <p>
          {t("cart.total")} <strong>{format.price(checkout.total)}</strong>{" "}
          <span className="hint">{t("product.vatIncluded")}</span>
        </p>
        <p className="no-print">
          <Button variant="secondary" onClick={() => window.print()}>
            {t("confirmation.print")}
          </Button>
        </p>
      </div>
      <ul role="list" className="pickup-cards" aria-label={t("confirmation.listLabel")}>
        {checkout.orders.map((order) => (
          <PickupCard key={order.id} order={order} />
        ))}
      </ul>
      <p className="no-print">
        <Link to="/boutiques">{t("confirmation.continue")}</Link>
      </p>
    </div>
  )
}

function PickupCard({ order }: { order: CheckoutOrder }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const headingId = useId()
  const { shop } = order
  return (
    <li className="card pickup-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{shop.name}</h2>
      <p className="status-line">
        <PickupStatusBadge status={order.status} />
        <span className="hint">{t("confirmation.orderNumber", { number: order.display_id })}</span>
      </p>
      <div className="pickup-card__code">
        <p>
          {t("confirmation.code")} <strong className="pickup-code">{order.pickup_code}</strong>
        </p>
        <PickupQr
          svg={order.pickup_qr_svg}
          alt={t("confirmation.qrAlt", { code: order.pickup_code, shop: shop.name })}
        />
      </div>
      <dl className="contact">
        <dt>{t("confirmation.slot")}</dt>
        <dd>{format.dateTime(order.slot.start)}</dd>
        <dt>{t("confirmation.address")}</dt>
        <dd>
          {shop.address.line1}, {shop.address.postal_code} {shop.address.city}
        </dd>
        {shop.pickup_instructions ? (
          <>
            <dt>{t("confirmation.instructions")}</dt>
            <dd>{shop.pickup_instructions}</dd>
          </>
        ) : null}
        <dt>{t("confirmation.payment")}</dt>
        <dd>
          {t(
            order.payment_mode === "card" ? "confirmation.paidByCard" : "confirmation.payAtPickup",
            {
              total: format.price(order.total),
            }
          )}
        </dd>
      </dl>
      <ul className="review-items">
        {order.items.map((item) => (
          <li key={item.id}>
            {t("checkout.review.item", {
              quantity: item.quantity,
              name:
                item.variant_title && item.variant_title !== item.title
                  ? `${item.title} – ${item.variant_title}`
                  : item.title,
            })}
          </li>
        ))}
      </ul>
    </li>
  )
}
