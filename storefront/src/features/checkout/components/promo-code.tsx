import { type KeyboardEvent, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Button } from "@/components/ui/button"
import { useFormatters } from "@/lib/format"
import { useCartPromotions, useChangePromotion } from "../api/promotions"

/** Longest code a shopper can type (Medusa codes are short). */
const MAX_CODE_LENGTH = 50

/**
 * A promotion / voucher code. Not a form of its own (it sits inside the checkout form):
 * Enter in the field applies the code instead of placing the order. A refusal is announced
 * (role="alert") and the typed code stays in the field to be corrected.
 */
export function PromoCode({ cartId }: { cartId: string }) {
  const { t } = useTranslation()
  const format = useFormatters()
  const inputId = useId()
  const messageId = useId()
  const promotions = useCartPromotions(cartId)
  const change = useChangePromotion(cartId)
  const [code, setCode] = useState("")
  const [refusal, setRefusal] = useState<string | null>(null)
  const [applied, setApplied] = useState<string | null>(null)

  function apply() {
    const typed = code.trim().toUpperCase()
    if (!typed) {
      setRefusal(t("checkout.promo.empty"))
      return
    }
    setRefusal(null)
    setApplied(null)
    change.mutate(
      { code: typed, remove: false },
      {
        onSuccess: (result) => {
          if (result.codes.some((held) => held.toUpperCase() === typed)) {
            setApplied(t("checkout.promo.applied", { code: typed }))
            setCode("")
          } else {
            setRefusal(t("checkout.promo.refused", { code: typed }))
          }
        },
        onError: () => setRefusal(t("checkout.promo.refused", { code: typed })),
      }
    )
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return
    event.preventDefault()
    apply()
  }

  const data = promotions.data
  return (
    <div className="stack-sm promo-code">
      <label className="field__label" htmlFor={inputId}>
        {t("checkout.promo.label")}
      </label>
      <div className="search__row">
        <input
          id={inputId}
          className="field__input"
          name="promo_code"
          autoComplete="off"
          maxLength={MAX_CODE_LENGTH}
          value={code}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={messageId}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button variant="secondary" pending={change.isPending} onClick={apply}>
          {t("checkout.promo.apply")}
        </Button>
      </div>
      <p id={messageId} role="alert" className={refusal ? "field__error" : "hint"}>
        {refusal ?? applied ?? ""}
      </p>
      {data && data.codes.length > 0 ? (
        <ul role="list" className="stack-sm" aria-label={t("checkout.promo.listLabel")}>
          {data.codes.map((held) => (
            <li key={held} className="promo-code__applied">
              <span>{t("checkout.promo.held", { code: held })}</span>{" "}
              <Button
                variant="secondary"
                pending={change.isPending}
                aria-label={t("checkout.promo.remove", { code: held })}
                onClick={() => {
                  setRefusal(null)
                  change.mutate(
                    { code: held, remove: true },
                    { onSuccess: () => setApplied(t("checkout.promo.removed", { code: held })) }
                  )
                }}
              >
                {t("checkout.promo.removeShort")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {data && data.discount_total > 0 ? (
        <p>
          {t("checkout.promo.discount")}{" "}
          <strong>
            −{format.price({ amount: data.discount_total, currency_code: data.currency_code })}
          </strong>
          <br />
          {t("checkout.promo.totalAfter")}{" "}
          <strong>{format.price({ amount: data.total, currency_code: data.currency_code })}</strong>
        </p>
      ) : null}
    </div>
  )
}
