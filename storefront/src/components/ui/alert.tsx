import type { ReactNode } from "react"

/**
 * A live region for errors. The region is always in the page and only its content changes,
 * which is what screen readers reliably announce.
 */
export function Alert({ message, children }: { message: string | null; children?: ReactNode }) {
  return (
    <div role="alert" className={message ? "alert" : undefined}>
      {message ? (
        <>
          <p>{message}</p>
          {children}
        </>
      ) : null}
    </div>
  )
}
