import { type FormEvent, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { CheckboxField } from "@/components/ui/checkbox-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useDocumentTitle } from "@/lib/document-title"
import { useAddProductImages, useCreateProduct } from "../api/products"
import { ImageDropZone } from "../components/image-drop-zone"
import { type DraftErrors, emptyDraft, type ProductDraft, toNewProduct, validateDraft } from "../components/product-draft"
import { ProductFields } from "../components/product-fields"
import { VariantRows } from "../components/variant-rows"

/** `/produits/nouveau`: a new product with its variants, stock and photos. */
export function ProductNewRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t("products.newTitle"))
  const navigate = useNavigate()
  const create = useCreateProduct()
  const addImages = useAddProductImages()
  const [draft, setDraft] = useState<ProductDraft>(emptyDraft)
  const [photos, setPhotos] = useState<File[]>([])
  const [errors, setErrors] = useState<DraftErrors>({})
  const titleRef = useRef<HTMLInputElement>(null)
  const formRef = useRef<HTMLFormElement>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (create.isPending || addImages.isPending) return
    const found = validateDraft(draft)
    setErrors(found)
    if (Object.keys(found).length) {
      if (found.title) titleRef.current?.focus()
      else formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus()
      return
    }
    const product = await create.mutateAsync(toNewProduct(draft)).catch(() => null)
    if (!product) return
    if (photos.length) await addImages.mutateAsync({ id: product.id, files: photos }).catch(() => null)
    void navigate(`/produits/${product.id}`, { state: { created: true } })
  }

  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("products.newTitle")}</h1>
      <form ref={formRef} className="stack" noValidate onSubmit={(event) => void submit(event)}>
        <Alert
          message={
            Object.keys(errors).length
              ? t("products.errors.checkFields")
              : apiErrorMessage(create.error ?? addImages.error, t("form.unavailable"))
          }
        />
        <section className="card stack" aria-labelledby="product-about">
          <h2 id="product-about">{t("products.about")}</h2>
          <ProductFields
            values={draft}
            titleRef={titleRef}
            titleError={errors.title ? t(`products.errors.${errors.title}`) : undefined}
            onChange={(values) => setDraft((current) => ({ ...current, ...values }))}
          />
          <CheckboxField label={t("products.publishNow")} checked={draft.publish} onChange={(event) => setDraft((current) => ({ ...current, publish: event.target.checked }))} />
        </section>
        <section className="card stack" aria-labelledby="product-variants">
          <h2 id="product-variants">{t("products.variants.heading")}</h2>
          <VariantRows variants={draft.variants} errors={errors} onChange={(variants) => setDraft((current) => ({ ...current, variants }))} />
        </section>
        <section className="card stack" aria-labelledby="product-photos">
          <h2 id="product-photos">{t("products.images.heading")}</h2>
          <ImageDropZone onFiles={(files) => setPhotos((current) => [...current, ...files].slice(0, 10))} />
          {photos.length ? (
            <ul className="file-list" aria-label={t("products.images.selected")}>
              {photos.map((file, index) => (
                <li key={`${file.name}-${index}`}>
                  {file.name}{" "}
                  <Button variant="secondary" onClick={() => setPhotos((current) => current.filter((_, i) => i !== index))}>
                    {t("products.images.remove")}
                    <span className="visually-hidden"> {file.name}</span>
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <div>
          <Button type="submit" pending={create.isPending || addImages.isPending}>
            {create.isPending || addImages.isPending ? t("form.saving") : t("products.create")}
          </Button>
        </div>
      </form>
    </div>
  )
}
