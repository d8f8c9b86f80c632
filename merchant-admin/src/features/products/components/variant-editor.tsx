import type { MerchantProductVariant } from "@mirashop/contract"
import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { StatusMessage } from "@/components/ui/status-message"
import { TextField } from "@/components/ui/text-field"
import { apiErrorMessage } from "@/lib/api-error"
import { useRemoveVariant, useSaveVariant } from "../api/variants"
import { parsePrice, parseStock } from "./product-draft"

const euros = (price: number | null) => (price === null ? "" : String(price).replace(".", ","))

interface VariantFormProps {
  productId: string
  variant: MerchantProductVariant
  removable: boolean
  save: ReturnType<typeof useSaveVariant>
  remove: ReturnType<typeof useRemoveVariant>
}

/**
 * One existing variant: rename, reprice, set its stock or remove it. The form is remounted with
 * fresh values when the variant changes; its mutations live above it so "saved" stays on screen.
 */
export function VariantEditor({ productId, variant, removable }: { productId: string; variant: MerchantProductVariant; removable: boolean }) {
  const save = useSaveVariant()
  const remove = useRemoveVariant()
  return (
    <VariantForm
      key={`${variant.title}-${variant.stocked_quantity}-${variant.price}`}
      productId={productId}
      variant={variant}
      removable={removable}
      save={save}
      remove={remove}
    />
  )
}

function VariantForm({ productId, variant, removable, save, remove }: VariantFormProps) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(variant.title)
  const [price, setPrice] = useState(euros(variant.price))
  const [stock, setStock] = useState(String(variant.stocked_quantity))
  const [invalid, setInvalid] = useState<"price" | "stock" | null>(null)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsedPrice = parsePrice(price)
    const parsedStock = parseStock(stock)
    setInvalid(parsedPrice === null ? "price" : parsedStock === null ? "stock" : null)
    if (parsedPrice === null || parsedStock === null) return
    save.mutate({
      productId,
      variantId: variant.id,
      title: title.trim(),
      price: parsedPrice,
      inventoryItemId: variant.inventory_item_id,
      stock: parsedStock === variant.stocked_quantity ? null : parsedStock,
    })
  }

  return (
    <form className="card stack" noValidate onSubmit={submit} aria-label={t("products.variants.editName", { title: variant.title })}>
      <Alert message={apiErrorMessage(save.error ?? remove.error, t("form.unavailable"))} />
      <div className="row row--end">
        <TextField label={t("products.variants.title")} value={title} onChange={(event) => setTitle(event.target.value)} />
        <TextField
          label={t("products.variants.price")}
          inputMode="decimal"
          value={price}
          onChange={(event) => setPrice(event.target.value)}
          error={invalid === "price" ? t("products.errors.priceInvalid") : undefined}
        />
        <TextField
          label={t("products.variants.stock")}
          inputMode="numeric"
          value={stock}
          onChange={(event) => setStock(event.target.value)}
          error={invalid === "stock" ? t("products.errors.stockInvalid") : undefined}
        />
      </div>
      <p className="hint">{t("products.variants.available", { count: variant.available_quantity })}</p>
      <StatusMessage message={save.isSuccess ? t("form.saved") : null} />
      <div className="row">
        <Button type="submit" pending={save.isPending}>
          {t("products.variants.save")}
          <span className="visually-hidden"> {variant.title}</span>
        </Button>
        {removable ? (
          <Button variant="secondary" pending={remove.isPending} onClick={() => remove.mutate({ productId, variantId: variant.id })}>
            {t("products.variants.remove")}
            <span className="visually-hidden"> {variant.title}</span>
          </Button>
        ) : null}
      </div>
    </form>
  )
}
