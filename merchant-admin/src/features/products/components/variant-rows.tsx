import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"
import { TextField } from "@/components/ui/text-field"
import { type DraftErrors, EMPTY_VARIANT, type VariantDraft } from "./product-draft"

/** The variants of a new product: name, price (euros, VAT included) and stock, one row each. */
export function VariantRows({
  variants,
  errors,
  onChange,
  single = false,
}: {
  variants: VariantDraft[]
  errors: DraftErrors
  onChange: (variants: VariantDraft[]) => void
  /** One row only, without add and remove buttons. */
  single?: boolean
}) {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<VariantDraft>) =>
    onChange(variants.map((variant, i) => (i === index ? { ...variant, ...patch } : variant)))
  const error = (index: number, field: keyof VariantDraft) => {
    const key = errors[`variants.${index}.${field}`]
    return key ? t(`products.errors.${key}`) : undefined
  }
  return (
    <fieldset className="stack">
      <legend>{t("products.variants.legend")}</legend>
      <p className="hint">{t("products.variants.hint")}</p>
      {variants.map((variant, index) => (
        <div key={index} className="row row--end variant-row" role="group" aria-label={t("products.variants.name", { n: index + 1 })}>
          <TextField label={t("products.variants.title")} value={variant.title} onChange={(event) => update(index, { title: event.target.value })} error={error(index, "title")} />
          <TextField label={t("products.variants.price")} inputMode="decimal" value={variant.price} onChange={(event) => update(index, { price: event.target.value })} error={error(index, "price")} />
          <TextField label={t("products.variants.stock")} inputMode="numeric" value={variant.stock} onChange={(event) => update(index, { stock: event.target.value })} error={error(index, "stock")} />
          {!single && variants.length > 1 ? (
            <Button variant="secondary" onClick={() => onChange(variants.filter((_, i) => i !== index))}>
              {t("products.variants.remove")}
              <span className="visually-hidden"> {t("products.variants.name", { n: index + 1 })}</span>
            </Button>
          ) : null}
        </div>
      ))}
      {single ? null : (
        <div>
          <Button variant="secondary" onClick={() => onChange([...variants, { ...EMPTY_VARIANT }])}>
            {t("products.variants.add")}
          </Button>
        </div>
      )}
    </fieldset>
  )
}
