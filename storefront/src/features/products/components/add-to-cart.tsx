import type { ProductPageVariant } from "@mirashop/contract"
import { type FormEvent, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { Button } from "@/components/ui/button"
import { useAddToCart } from "@/lib/cart"
import { isOrderable, maxQuantity } from "./variant-selection"

/** Quantity and "Ajouter au panier"; the outcome is announced politely, with a link to the cart. */
export function AddToCart({ variant }: { variant: ProductPageVariant | undefined }) {
  const { t } = useTranslation()
  const ids = { quantity: useId(), hint: useId() }
  const [quantity, setQuantity] = useState(1)
  const add = useAddToCart()
  const orderable = isOrderable(variant)
  const max = orderable ? maxQuantity(variant) : 1

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!orderable || add.isPending) return
    add.mutate({ variantId: variant.id, quantity: Math.min(Math.max(1, quantity), max) })
  }

  return (
    <form className="add-to-cart stack" onSubmit={submit} noValidate>
      <div className="field field--short">
        <label className="field__label" htmlFor={ids.quantity}>
          {t("product.quantity")}
        </label>
        <input
          id={ids.quantity}
          className="field__input"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={quantity}
          aria-describedby={ids.hint}
          disabled={!orderable}
          onChange={(event) => setQuantity(Number(event.target.value) || 1)}
        />
        <span id={ids.hint} className="hint">
          {t("product.quantityHint", { max })}
        </span>
      </div>
      <div>
        <Button type="submit" pending={add.isPending} disabled={!orderable}>
          {add.isPending ? t("product.adding") : t("product.addToCart")}
        </Button>
      </div>
      <div role="status" className="add-to-cart__status">
        {add.isSuccess ? (
          <p>
            {t("product.added")} <Link to="/panier">{t("product.seeCart")}</Link>
          </p>
        ) : null}
      </div>
      <div role="alert">
        {add.isError ? <p className="alert">{t("product.addError")}</p> : null}
      </div>
    </form>
  )
}
