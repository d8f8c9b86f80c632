import type { StoreShop } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { OpenNowBadge } from "./open-now-badge"

/** A shop in a list: its name (the one link to its page), trade, address and whether it is open. */
export function ShopCard({ shop }: { shop: StoreShop }) {
  const { t } = useTranslation()
  return (
    <li className="card shop-card">
      <h3 className="card__title">
        <Link to={`/boutiques/${encodeURIComponent(shop.handle)}`}>{shop.name}</Link>
      </h3>
      <p className="shop-card__trade">{t(`trades.${shop.trade}`)}</p>
      <p className="hint">
        {shop.address.line1}, {shop.address.postal_code} {shop.address.city}
      </p>
      <OpenNowBadge open={shop.is_open_now} />
    </li>
  )
}
