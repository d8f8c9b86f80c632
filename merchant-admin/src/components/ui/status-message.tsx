/** A polite live region for confirmations ("Enregistré"); always in the page so it is announced. */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" className={message ? "notice" : undefined}>
      {message ? <p>{message}</p> : null}
    </div>
  )
}
