import { useEffect, useRef } from "react"
import { useLocation } from "react-router"
import { MAIN_ID } from "@/components/ui/skip-link"

/**
 * A single-page app never reloads, so screen readers hear nothing on navigation:
 * after each change of page, move focus to the new page's <h1> (or its <main>).
 * Filters and "Voir plus" change the query string only and leave focus alone, and so
 * does the first page a visitor lands on, so their first Tab still reaches the skip link.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation()
  const previous = useRef(pathname)
  const interacted = useRef(false)

  useEffect(() => {
    const mark = () => {
      interacted.current = true
    }
    const options = { capture: true, once: true } as const
    document.addEventListener("keydown", mark, options)
    document.addEventListener("pointerdown", mark, options)
    return () => {
      document.removeEventListener("keydown", mark, options)
      document.removeEventListener("pointerdown", mark, options)
    }
  }, [])

  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    if (!interacted.current) return
    const main = document.getElementById(MAIN_ID)
    const target = main?.querySelector<HTMLElement>("h1[tabindex]") ?? main
    target?.focus()
  }, [pathname])
}
