import { type FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "@/components/ui/alert"
import { Button } from "@/components/ui/button"
import { apiErrorMessage } from "@/lib/api-error"
import { useAddVariant } from "../api/variants"
import { type DraftErrors, EMPTY_VARIANT, toNewProduct, validateDraft, type VariantDraft } from "./product-draft"
import { VariantRows } from "./variant-rows"

/** Adds one variant (name, price, stock) to an existing product. */
export function AddVariantForm({ productId }: { productId: string }) {
  const { t } = useTranslation()
  const add = useAddVariant()
  const [variant, setVariant] = useState<VariantDraft>({ ...EMPTY_VARIANT })
  const [errors, setErrors] = useState<DraftErrors>({})

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // Validated as a one-variant product, with a placeholder title that always passes.
    const draft = { title: "ok", description: "", vat_category: "standard" as const, category_ids: [], publish: false, variants: [variant] }
    const found = validateDraft(draft)
    setErrors(found)
    if (Object.keys(found).length) return
    add.mutate({ productId, ...toNewProduct(draft).variants[0] }, { onSuccess: () => setVariant({ ...EMPTY_VARIANT }) })
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      <Alert message={apiErrorMessage(add.error, t("form.unavailable"))} />
      <VariantRows single variants={[variant]} errors={errors} onChange={(rows) => setVariant(rows[0] ?? { ...EMPTY_VARIANT })} />
      <div>
        <Button type="submit" pending={add.isPending}>
          {t("products.variants.addSubmit")}
        </Button>
      </div>
    </form>
  )
}
