import type { StoreProductCard } from "@mirashop/contract"
import type { Ref } from "react"
import { useTranslation } from "react-i18next"
import { ProductCard } from "./product-card"

/** A shop's products as cards (explicit list role: see ShopList). */
export function ProductList({
  products,
  listRef,
  busy = false,
  showShop = false,
}: {
  products: StoreProductCard[]
  listRef?: Ref<HTMLUListElement>
  busy?: boolean
  /** Name the shop on each card (lists mixing shops, such as search results). */
  showShop?: boolean
}) {
  const { t } = useTranslation()
  return (
    <ul
      ref={listRef}
      role="list"
      aria-label={t("shop.products.listLabel")}
      aria-busy={busy || undefined}
      className="card-grid card-grid--products"
    >
      {products.map((product) => (
        <ProductCard key={product.id} product={product} showShop={showShop} />
      ))}
    </ul>
  )
}
