import { type InputHTMLAttributes, useId } from "react"

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  label: string
}

/** A checkbox whose whole label is a target (easier to hit on a phone). */
export function CheckboxField({ label, className, ...props }: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className={["checkbox", className].filter(Boolean).join(" ")}>
      <input {...props} id={id} type="checkbox" />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}
