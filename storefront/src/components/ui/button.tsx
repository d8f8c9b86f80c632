import type { ButtonHTMLAttributes, MouseEvent } from "react"

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: "primary" | "secondary"
  /** Work in progress: the button ignores clicks but stays focusable (unlike `disabled`). */
  pending?: boolean
}

/** The site's button; `type="button"` unless told otherwise, so it never submits by accident. */
export function Button({
  variant = "primary",
  pending = false,
  type = "button",
  className,
  onClick,
  ...props
}: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (pending) {
      event.preventDefault()
      return
    }
    onClick?.(event)
  }
  return (
    <button
      {...props}
      type={type}
      className={["button", `button--${variant}`, className].filter(Boolean).join(" ")}
      aria-disabled={pending || undefined}
      onClick={handleClick}
    />
  )
}
