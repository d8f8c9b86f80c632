import { forwardRef, type InputHTMLAttributes, useId } from "react"

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  label: string
  /** Message shown under the field and read with it; marks the field invalid. */
  error?: string
}

/** A labelled input whose error is tied to it (RGAA 11.1 and 11.10). */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, error, className, ...props },
  ref
) {
  const id = useId()
  const errorId = `${id}-error`
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...props}
        ref={ref}
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
})
