import type { ShopPickup } from "@mirashop/contract"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { useFormatters } from "@/lib/format"
import { CartLine } from "./cart-line"

/** What the shopper collects at one shop: its lines, subtotal and where it is. */
export function CartShopGroup({
  pickup,
  busyLine,
  onQuantity,
  onRemove,
}: {
  pickup: ShopPickup
  busyLine: string | null
  onQuantity: (lineId: string, quantity: number) => void
  onRemove: (lineId: string) => void
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  const headingId = useId()
  const { shop } = pickup
  return (
    <section aria-labelledby={headingId} className="cart-group stack">
      <h2 id={headingId}>
        <Link to={`/boutiques/${shop.handle}`}>{shop.name}</Link>
      </h2>
      <p className="hint">
        {t("cart.collectAt", {
          address: `${shop.address.line1}, ${shop.address.postal_code} ${shop.address.city}`,
        })}
      </p>
      <ul role="list" className="cart-lines" aria-label={t("cart.linesOf", { shop: shop.name })}>
        {pickup.items.map((item) => (
          <CartLine
            key={item.id}
            item={item}
            currency={pickup.subtotal.currency_code}
            busy={busyLine === item.id}
            onQuantity={(quantity) => onQuantity(item.id, quantity)}
            onRemove={() => onRemove(item.id)}
          />
        ))}
      </ul>
      <p className="cart-group__subtotal">
        {t("cart.subtotal", { shop: shop.name })} <strong>{format.price(pickup.subtotal)}</strong>
      </p>
    </section>
  )
}
