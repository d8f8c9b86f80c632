import type { MerchantProduct } from "@mirashop/contract"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useLocation, useParams } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { Loading } from "@/components/ui/loading"
import { StatusMessage } from "@/components/ui/status-message"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useAddProductImages, useProduct, useUpdateProduct } from "../api/products"
import { AddVariantForm } from "../components/add-variant-form"
import { ImageDropZone } from "../components/image-drop-zone"
import { type ProductFieldValues, ProductFields } from "../components/product-fields"
import { VariantEditor } from "../components/variant-editor"

/**
 * The product's name, description, VAT and categories. It is remounted when the product changes
 * (fresh values), so its mutation lives in the route: the "saved" message survives the remount.
 */
function DetailsForm({ product, update }: { product: MerchantProduct; update: ReturnType<typeof useUpdateProduct> }) {
  const { t } = useTranslation()
  const [values, setValues] = useState<ProductFieldValues>({
    title: product.title,
    description: product.description,
    vat_category: product.vat_category ?? "standard",
    category_ids: product.category_ids,
  })
  const [titleError, setTitleError] = useState(false)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const short = values.title.trim().length < 2
    setTitleError(short)
    if (short) return
    update.mutate({ id: product.id, ...values, title: values.title.trim(), description: values.description.trim() })
  }

  return (
    <form className="card stack" noValidate onSubmit={submit} aria-labelledby="product-about">
      <h2 id="product-about">{t("products.about")}</h2>
      <Alert message={apiErrorMessage(update.error, t("form.unavailable"))} />
      <ProductFields values={values} onChange={setValues} titleError={titleError ? t("products.errors.titleShort") : undefined} />
      <StatusMessage message={update.isSuccess ? t("form.saved") : null} />
      <div>
        <Button type="submit" pending={update.isPending}>
          {update.isPending ? t("form.saving") : t("form.save")}
        </Button>
      </div>
    </form>
  )
}

function PublishControl({ product }: { product: MerchantProduct }) {
  const { t } = useTranslation()
  const update = useUpdateProduct()
  const published = product.status === "published"
  return (
    <section className="card stack" aria-labelledby="product-visibility">
      <h2 id="product-visibility">{t("products.visibility")}</h2>
      <p className="status-line">
        <Badge tone={published ? "success" : "neutral"}>{t(`products.status.${published ? "published" : "draft"}`)}</Badge>
        <span>{t(published ? "products.publishedHelp" : "products.draftHelp")}</span>
      </p>
      <Alert message={apiErrorMessage(update.error, t("form.unavailable"))} />
      <div>
        <Button variant={published ? "secondary" : "primary"} pending={update.isPending} onClick={() => update.mutate({ id: product.id, status: published ? "draft" : "published" })}>
          {t(published ? "products.unpublish" : "products.publish")}
        </Button>
      </div>
    </section>
  )
}

function Photos({ product }: { product: MerchantProduct }) {
  const { t } = useTranslation()
  const add = useAddProductImages()
  return (
    <section className="card stack" aria-labelledby="product-photos">
      <h2 id="product-photos">{t("products.images.heading")}</h2>
      {product.images.length ? (
        <ul className="thumbs">
          {product.images.map((image, index) => (
            <li key={image.id}>
              <img src={image.url} alt={t("products.images.alt", { title: product.title, n: index + 1 })} width={120} height={120} loading="lazy" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t("products.images.none")}</p>
      )}
      <Alert message={apiErrorMessage(add.error, t("form.unavailable"))} />
      <StatusMessage message={add.isSuccess ? t("products.images.added") : null} />
      <ImageDropZone busy={add.isPending} onFiles={(files) => add.mutate({ id: product.id, files })} />
    </section>
  )
}

/** `/produits/:id`: edit a product, its photos and variants; publish or unpublish it. */
export function ProductEditRoute() {
  const { t } = useTranslation()
  const { id = "" } = useParams()
  const location = useLocation()
  const product = useProduct(id)
  const update = useUpdateProduct()
  useDocumentTitle(product.data?.title ?? t("products.editTitle"))
  const created = (location.state as { created?: boolean } | null)?.created === true

  if (product.isPending) return <Loading />
  if (product.isError)
    return (
      <div className="stack">
        <h1 tabIndex={-1}>{t("products.editTitle")}</h1>
        <Alert message={apiErrorMessage(product.error, t("form.loadError"))} />
        <Link to="/produits">{t("products.backToList")}</Link>
      </div>
    )
  const data = product.data
  return (
    <div className="stack">
      <p>
        <Link to="/produits">{t("products.backToList")}</Link>
      </p>
      <h1 tabIndex={-1}>{data.title}</h1>
      <StatusMessage message={created ? t("products.created") : null} />
      <PublishControl product={data} />
      <DetailsForm key={data.updated_at} product={data} update={update} />
      <Photos product={data} />
      <section className="stack" aria-labelledby="product-variants">
        <h2 id="product-variants">{t("products.variants.heading")}</h2>
        {data.variants.map((variant) => (
          <VariantEditor key={variant.id} productId={data.id} variant={variant} removable={data.variants.length > 1} />
        ))}
        <div className="card stack">
          <h3>{t("products.variants.addHeading")}</h3>
          <AddVariantForm productId={data.id} />
        </div>
      </section>
    </div>
  )
}
