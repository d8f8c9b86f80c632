import type { PickupItem } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"
import { useFormatters } from "@/lib/format"

/** One line of the cart: what, how many (− / +), price, and a button to take it out. */
export function CartLine({
  item,
  currency,
  busy,
  onQuantity,
  onRemove,
}: {
  item: PickupItem
  currency: string
  busy: boolean
  onQuantity: (quantity: number) => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const name =
    item.variant_title && item.variant_title !== item.title
      ? `${item.title} – ${item.variant_title}`
      : item.title
  const lineTotal = {
    amount: Math.round(item.unit_price * item.quantity * 100) / 100,
    currency_code: currency,
  }
  return (
    <li className="cart-line">
      <div className="cart-line__what">
        <p className="cart-line__title">{name}</p>
        <p className="hint">
          {t("cart.unitPrice", {
            price: format.price({ amount: item.unit_price, currency_code: currency }),
          })}
        </p>
      </div>
      <div className="quantity" role="group" aria-label={t("cart.quantityOf", { name })}>
        <Button
          variant="secondary"
          className="quantity__step"
          pending={busy}
          disabled={item.quantity <= 1}
          aria-label={t("cart.decrease", { name })}
          onClick={() => onQuantity(item.quantity - 1)}
        >
          −
        </Button>
        <span className="quantity__value" aria-live="polite">
          {t("cart.quantity", { count: item.quantity })}
        </span>
        <Button
          variant="secondary"
          className="quantity__step"
          pending={busy}
          aria-label={t("cart.increase", { name })}
          onClick={() => onQuantity(item.quantity + 1)}
        >
          +
        </Button>
      </div>
      <p className="cart-line__total">{format.price(lineTotal)}</p>
      <div>
        <Button
          variant="secondary"
          pending={busy}
          onClick={onRemove}
          aria-label={t("cart.removeNamed", { name })}
        >
          {t("cart.remove")}
        </Button>
      </div>
    </li>
  )
}
