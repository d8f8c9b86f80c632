import { type RefObject, useCallback, useEffect, useRef } from "react"
import { useTranslation } from "react-i18next"
import { Alert } from "./alert"
import { Button } from "./button"

/**
 * After "Voir plus" adds items to a list, moves focus to the first new one (its link, else
 * the item itself), so keyboard and screen reader users carry on where the list grew
 * instead of staying on a button that moved down.
 * Returns the function to call just before asking for the next page.
 */
export function useFocusFirstNewItem(
  list: RefObject<HTMLElement | null>,
  count: number
): () => void {
  const firstNew = useRef<number | null>(null)
  useEffect(() => {
    const index = firstNew.current
    if (index === null || count <= index) return
    firstNew.current = null
    const item = list.current?.children.item(index)
    if (!(item instanceof HTMLElement)) return
    const link = item.querySelector<HTMLElement>("a[href]")
    if (link) {
      link.focus()
    } else {
      item.tabIndex = -1
      item.focus()
    }
  }, [list, count])
  return useCallback(() => {
    firstNew.current = count
  }, [count])
}

export interface LoadMoreProps {
  /** "Voir plus de boutiques". */
  label: string
  /** "12 affichées sur 30". */
  progress: string
  pending: boolean
  /** Shown when the last attempt failed; the button stays to try again. */
  error: string | null
  onLoadMore: () => void
}

/** The "show more" button under a paginated list (no infinite scroll: the footer stays reachable). */
export function LoadMore({ label, progress, pending, error, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation()
  return (
    <div className="load-more">
      <p className="hint">{progress}</p>
      <Alert message={error} />
      <Button variant="secondary" pending={pending} onClick={onLoadMore}>
        {pending ? t("app.loading") : label}
      </Button>
    </div>
  )
}
