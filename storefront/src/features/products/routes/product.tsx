import type { StoreProductPage } from "@mirashop/contract"
import { type ReactNode, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { useDocumentTitle } from "@/lib/document-title"
import { useFormatters } from "@/lib/format"
import { isNotFound } from "@/lib/http-error"
import { useProductPage } from "../api/get-product"
import { AddToCart } from "../components/add-to-cart"
import { ProductGallery } from "../components/product-gallery"
import { ReadyEstimate } from "../components/ready-estimate"
import { StockStatus } from "../components/stock-status"
import { VariantPicker } from "../components/variant-picker"
import { findVariant, initialSelection } from "../components/variant-selection"

/** `/boutiques/:shop/:product`: a product of a shop, its variants, stock there, and add to cart. */
export function ProductRoute() {
  const { t } = useTranslation()
  const { handle = "", product = "" } = useParams()
  const page = useProductPage(handle, product)

  if (page.isPending) return <ProductMessage title={t("product.loading")} loading />
  if (page.isError) {
    if (isNotFound(page.error)) {
      return (
        <ProductMessage title={t("product.notFound.title")}>
          <p>{t("product.notFound.text")}</p>
          <p>
            <Link to={`/boutiques/${handle}`}>{t("product.notFound.back")}</Link>
          </p>
        </ProductMessage>
      )
    }
    return (
      <ProductMessage title={t("product.errorTitle")}>
        <Alert message={t("product.error")}>
          <Button variant="secondary" pending={page.isFetching} onClick={() => void page.refetch()}>
            {t("app.retry")}
          </Button>
        </Alert>
      </ProductMessage>
    )
  }
  // Keyed by product: moving to another product starts from its own first variant.
  return <ProductPage key={page.data.product.id} product={page.data.product} />
}

function ProductMessage({
  title,
  loading = false,
  children,
}: {
  title: string
  loading?: boolean
  children?: ReactNode
}) {
  useDocumentTitle(title)
  if (loading) return <Loading label={title} />
  return (
    <div className="narrow stack">
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  )
}

function ProductPage({ product }: { product: StoreProductPage }) {
  const { t } = useTranslation()
  const format = useFormatters()
  useDocumentTitle(t("product.title", { product: product.title, shop: product.shop.name }))
  const [selection, setSelection] = useState(() => initialSelection(product.variants))
  const variant = findVariant(product.variants, selection)
  const pickupId = useId()
  const shopPath = `/boutiques/${product.shop.handle}`

  return (
    <div className="stack-lg">
      <nav aria-label={t("shop.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link to="/boutiques">{t("nav.shops")}</Link>
          </li>
          <li>
            <Link to={shopPath}>{product.shop.name}</Link>
          </li>
          <li>
            <span aria-current="page">{product.title}</span>
          </li>
        </ol>
      </nav>

      <div className="product-layout">
        <ProductGallery title={product.title} images={product.images} />
        <div className="stack">
          <h1 tabIndex={-1}>{product.title}</h1>
          <p>
            {t("product.soldBy")} <Link to={shopPath}>{product.shop.name}</Link>
          </p>
          <VariantPicker options={product.options} selection={selection} onChange={setSelection} />
          <div className="stack-sm" aria-live="polite">
            <p className="price price--large">
              {variant?.price ? format.price(variant.price) : t("product.unavailable")}
              {variant?.price ? <span className="hint"> {t("product.vatIncluded")}</span> : null}
            </p>
            {variant ? <StockStatus stock={variant.stock} shopName={product.shop.name} /> : null}
          </div>
          <AddToCart variant={variant} />
          {product.description ? <p className="shop-description">{product.description}</p> : null}
        </div>
      </div>

      <section aria-labelledby={pickupId} className="stack">
        <h2 id={pickupId}>{t("product.pickupHeading")}</h2>
        <ReadyEstimate ready={product.ready} />
        <address className="contact">
          {product.shop.name}
          <br />
          {product.shop.address.line1}
          <br />
          {product.shop.address.postal_code} {product.shop.address.city}
        </address>
        {product.shop.pickup_instructions ? (
          <p className="shop-description">{product.shop.pickup_instructions}</p>
        ) : null}
      </section>
    </div>
  )
}
