import type { ShopPickup } from "@mirashop/contract"
import { useTranslation } from "react-i18next"

/** Whether every shop of the cart lets the shopper pay on collection. */
export function everyShopAcceptsPayAtPickup(pickups: ShopPickup[]): boolean {
  return pickups.every((pickup) => pickup.shop.accepts_pay_at_pickup)
}

/**
 * Paying at pickup, when every shop accepts it. Card payment (Stripe Payment Element) is
 * not wired into the storefront yet: it is shown, disabled, so shoppers know it is coming.
 */
export function PaymentChoice({ pickups }: { pickups: ShopPickup[] }) {
  const { t } = useTranslation()
  const payAtPickup = everyShopAcceptsPayAtPickup(pickups)
  const refusing = pickups.filter((pickup) => !pickup.shop.accepts_pay_at_pickup)
  return (
    <fieldset className="choice-group stack">
      <legend className="visually-hidden">{t("checkout.payment.legend")}</legend>
      <label className="choice choice--block">
        <input
          type="radio"
          name="payment_mode"
          value="pay_at_pickup"
          checked={payAtPickup}
          disabled={!payAtPickup}
          readOnly
        />
        <span>
          <strong>{t("checkout.payment.payAtPickup")}</strong>
          <br />
          <span className="hint">{t("checkout.payment.payAtPickupHint")}</span>
        </span>
      </label>
      <label className="choice choice--block">
        <input type="radio" name="payment_mode" value="card" disabled checked={false} readOnly />
        <span>
          <strong>{t("checkout.payment.card")}</strong>{" "}
          <span className="hint">{t("checkout.payment.soon")}</span>
        </span>
      </label>
      {!payAtPickup ? (
        <p className="alert">
          {t("checkout.payment.notEveryShop", {
            shops: refusing.map((p) => p.shop.name).join(", "),
          })}
        </p>
      ) : null}
    </fieldset>
  )
}
