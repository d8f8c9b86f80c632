import type { StoreShop } from "@mirashop/contract"
import type { Ref } from "react"
import { useTranslation } from "react-i18next"
import { ShopCard } from "./shop-card"

/**
 * Shops as cards. `role="list"` is explicit because Safari drops the list semantics of
 * a <ul> styled without bullets.
 */
export function ShopList({
  shops,
  listRef,
  busy = false,
}: {
  shops: StoreShop[]
  listRef?: Ref<HTMLUListElement>
  busy?: boolean
}) {
  const { t } = useTranslation()
  return (
    <ul
      ref={listRef}
      role="list"
      aria-label={t("shops.listLabel")}
      aria-busy={busy || undefined}
      className="card-grid"
    >
      {shops.map((shop) => (
        <ShopCard key={shop.id} shop={shop} />
      ))}
    </ul>
  )
}
