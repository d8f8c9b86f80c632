import type { MerchantStockLevel } from "@mirashop/contract"
import { type FormEvent, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Badge } from "@/components/ui/badge"
import { Button } from "@/components/ui/button"
import { apiErrorMessage } from "@/lib/api-error"
import { useSetStock } from "../api/stock"
import { stockFlag } from "./stock-level"

const TONE = { out: "danger", low: "warning", ok: "success" } as const

/** One variant's stock, editable in place: type the count on the shelf and press Enter. */
export function StockRow({ level }: { level: MerchantStockLevel }) {
  const { t } = useTranslation()
  const save = useSetStock()
  const [value, setValue] = useState(String(level.stocked_quantity))
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const formId = `${inputId}-form`
  const flag = stockFlag(level)
  const name = level.variant_title && level.variant_title !== "Default" ? `${level.product_title} – ${level.variant_title}` : level.product_title

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const wrong = !/^\d{1,7}$/.test(value.trim())
    setInvalid(wrong)
    if (!wrong) save.mutate({ inventoryItemId: level.inventory_item_id, stocked: Number(value.trim()) })
  }

  const error = invalid ? t("stock.invalid") : apiErrorMessage(save.error, t("form.unavailable"))
  return (
    <tr className={`stock-row stock-row--${flag}`}>
      <th scope="row">
        {level.product_title}
        {level.variant_title ? <span className="hint"> · {level.variant_title}</span> : null}
      </th>
      <td>
        <Badge tone={TONE[flag]}>{t(`stock.flag.${flag}`)}</Badge>
      </td>
      <td data-label={t("stock.columns.available")}>{level.available_quantity}</td>
      <td data-label={t("stock.columns.reserved")}>{level.reserved_quantity}</td>
      <td>
        <form id={formId} className="stock-edit" noValidate onSubmit={submit}>
          <label className="visually-hidden" htmlFor={inputId}>
            {t("stock.onShelfFor", { name })}
          </label>
          <input
            id={inputId}
            className="field__input stock-edit__input"
            inputMode="numeric"
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setValue(event.target.value)
              save.reset()
            }}
          />
          <Button type="submit" variant="secondary" pending={save.isPending}>
            {t("stock.save")}
            <span className="visually-hidden"> {name}</span>
          </Button>
        </form>
        <p id={`${inputId}-error`} role="alert" className={error ? "field__error" : undefined}>
          {error}
        </p>
        <p role="status" className="hint">
          {save.isSuccess ? t("stock.saved") : null}
        </p>
      </td>
    </tr>
  )
}
