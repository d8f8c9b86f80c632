import type { ProductPageOption } from "@mirashop/contract"
import { useId } from "react"
import { choosableOptions, type OptionSelection } from "./variant-selection"

/** One group of radio buttons per option with a real choice (arrow keys move within a group). */
export function VariantPicker({
  options,
  selection,
  onChange,
}: {
  options: ProductPageOption[]
  selection: OptionSelection
  onChange: (selection: OptionSelection) => void
}) {
  const name = useId()
  return (
    <>
      {choosableOptions(options).map((option) => (
        <fieldset key={option.id} className="choice-group">
          <legend className="field__label">{option.title}</legend>
          <div className="choice-group__options">
            {option.values.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${name}-${option.id}`}
                  value={value}
                  checked={selection[option.id] === value}
                  onChange={() => onChange({ ...selection, [option.id]: value })}
                />
                <span>{value}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  )
}
