import type { Checkout, CheckoutOrder } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Button } from "@/components/ui/button"
import { PickupStatusBadge } from "@/components/ui/pickup-status-badge"
import { useFormatters } from "@/lib/format"

/** The shopper's checkouts, newest first, each with one line per shop and its status. */
export function OrderHistory({
  checkouts,
  cancelling,
  onCancel,
}: {
  checkouts: Checkout[]
  cancelling: string | null
  onCancel: (checkout: Checkout, order: CheckoutOrder) => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <ul role="list" className="order-history" aria-label={t("account.orders.listLabel")}>
      {checkouts.map((checkout) => (
        <li key={checkout.id} className="card stack">
          <h3 className="card__title">
            <Link to={`/commande/${checkout.id}`}>
              {t("account.orders.placedOn", { date: format.dateTime(checkout.created_at) })}
            </Link>
          </h3>
          <p>
            {t("cart.total")} <strong>{format.price(checkout.total)}</strong>
          </p>
          <ul role="list" className="order-history__shops">
            {checkout.orders.map((order) => (
              <li key={order.id} className="order-history__shop">
                <p>
                  <strong>{order.shop.name}</strong> – {format.price(order.total)}
                </p>
                <p className="status-line">
                  <PickupStatusBadge status={order.status} />
                  <span>
                    {t("account.orders.slot", { when: format.dateTime(order.slot.start) })}
                  </span>
                </p>
                {order.cancellable ? (
                  <div>
                    <Button
                      variant="secondary"
                      pending={cancelling === order.id}
                      onClick={() => onCancel(checkout, order)}
                    >
                      {t("account.orders.cancel", { shop: order.shop.name })}
                    </Button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  )
}
