import type { StoreProductCard } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Badge } from "@/components/ui/badge"
import { useFormatters } from "@/lib/format"

/** Size the thumbnails are laid out at (4:3), so the page does not jump as they arrive. */
const THUMBNAIL = { width: 320, height: 240 }

/** A product of a shop: title, price (VAT included), photo if any, and whether it is in stock. */
export function ProductCard({
  product,
  showShop = false,
}: {
  product: StoreProductCard
  showShop?: boolean
}) {
  const { t } = useTranslation()
  const format = useFormatters()
  return (
    <li className="card product-card">
      <h3 className="card__title">
        <Link to={`/boutiques/${product.shop.handle}/${product.handle}`}>{product.title}</Link>
      </h3>
      {product.thumbnail ? (
        // The title right above says what the photo shows: an alt repeating it would only
        // make screen readers say it twice (RGAA 1.2).
        <img
          className="product-card__image"
          src={product.thumbnail}
          alt=""
          width={THUMBNAIL.width}
          height={THUMBNAIL.height}
          loading="lazy"
          decoding="async"
        />
      ) : null}
      {showShop ? (
        <p className="product-card__shop">{t("search.atShop", { shop: product.shop.name })}</p>
      ) : null}
      <p className="price">
        {product.price ? format.price(product.price) : t("shop.products.noPrice")}
      </p>
      {/* The badge is a block of the card itself: no wrapper element (DOM size, ADR 0024). */}
      {product.in_stock ? (
        <Badge tone="success">{t("shop.products.inStock")}</Badge>
      ) : (
        <Badge tone="neutral">{t("shop.products.outOfStock")}</Badge>
      )}
    </li>
  )
}
