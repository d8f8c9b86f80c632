import { type SelectHTMLAttributes, useId } from "react"

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  label: string
  options: { value: string; label: string }[]
}

/** A labelled native select: the most robust choice on phones and with screen readers. */
export function SelectField({ label, options, className, ...props }: SelectFieldProps) {
  const id = useId()
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select {...props} id={id} className="field__input">
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
