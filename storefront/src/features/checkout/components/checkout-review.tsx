import type { Money, ShopPickup } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { useFormatters } from "@/lib/format"

/** One last look before placing the order: per shop, what, when, how much; then the total. */
export function CheckoutReview({ pickups, total }: { pickups: ShopPickup[]; total: Money | null }) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <div className="stack">
      <ul role="list" className="review-list">
        {pickups.map((pickup) => (
          <li key={pickup.shop.id} className="card">
            <h3 className="card__title">{pickup.shop.name}</h3>
            <ul className="review-items">
              {pickup.items.map((item) => (
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
            <p>
              {pickup.selected_slot
                ? t("checkout.review.slot", { when: format.dateTime(pickup.selected_slot) })
                : t("checkout.review.noSlot")}
            </p>
            <p>
              {t("checkout.review.subtotal")} <strong>{format.price(pickup.subtotal)}</strong>
            </p>
          </li>
        ))}
      </ul>
      {total ? (
        <p className="price price--large">
          {t("cart.total")} {format.price(total)}{" "}
          <span className="hint">{t("product.vatIncluded")}</span>
        </p>
      ) : null}
    </div>
  )
}
