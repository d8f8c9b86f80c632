import type { VatCategory } from "@mirashop/contract"
import { useTranslation } from "react-i18next"
import { CheckboxField } from "@/components/ui/checkbox-field"
import { SelectField } from "@/components/ui/select-field"
import { TextAreaField } from "@/components/ui/text-area-field"
import { TextField } from "@/components/ui/text-field"
import { useCategories } from "../api/products"

/** The product fields shared by creation and edition. */
export interface ProductFieldValues {
  title: string
  description: string
  vat_category: VatCategory
  category_ids: string[]
}

const VAT: VatCategory[] = ["standard", "intermediate", "reduced"]

/** Title, description, VAT category and categories of a product. */
export function ProductFields({
  values,
  onChange,
  titleError,
  titleRef,
}: {
  values: ProductFieldValues
  onChange: (values: ProductFieldValues) => void
  titleError?: string
  titleRef?: React.Ref<HTMLInputElement>
}) {
  const { t } = useTranslation()
  const categories = useCategories()
  const set = (patch: Partial<ProductFieldValues>) => onChange({ ...values, ...patch })
  return (
    <>
      <TextField ref={titleRef} label={t("products.fields.title")} value={values.title} required maxLength={200} onChange={(event) => set({ title: event.target.value })} error={titleError} />
      <TextAreaField
        label={t("products.fields.description")}
        hint={t("products.fields.descriptionHint", { count: values.description.trim().length })}
        rows={5}
        maxLength={5000}
        value={values.description}
        onChange={(event) => set({ description: event.target.value })}
      />
      <SelectField
        label={t("products.fields.vat")}
        value={values.vat_category}
        onChange={(event) => set({ vat_category: event.target.value as VatCategory })}
        options={VAT.map((vat) => ({ value: vat, label: t(`products.vat.${vat}`) }))}
      />
      {categories.data && categories.data.length > 0 ? (
        <fieldset className="stack">
          <legend>{t("products.fields.categories")}</legend>
          <div className="checkbox-grid">
            {categories.data.map((category) => (
              <CheckboxField
                key={category.id}
                label={category.name}
                checked={values.category_ids.includes(category.id)}
                onChange={(event) =>
                  set({
                    category_ids: event.target.checked
                      ? [...values.category_ids, category.id].slice(0, 5)
                      : values.category_ids.filter((id) => id !== category.id),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
      ) : null}
    </>
  )
}
