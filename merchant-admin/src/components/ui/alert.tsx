/**
 * A live region for errors. The region is always in the page and only its text changes,
 * which is what screen readers reliably announce.
 */
export function Alert({ message }: { message: string | null | undefined }) {
  return (
    <div role="alert" className={message ? "alert" : undefined}>
      {message ? <p>{message}</p> : null}
    </div>
  )
}
