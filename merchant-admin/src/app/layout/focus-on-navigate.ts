import { useEffect, useRef } from "react"
import { useLocation } from "react-router"
import { MAIN_ID } from "@/components/ui/skip-link"

/**
 * A single-page app never reloads, so screen readers hear nothing on navigation:
 * after each change of page, move focus to the new page's <h1> (or its <main>).
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation()
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    const main = document.getElementById(MAIN_ID)
    const target = main?.querySelector<HTMLElement>("h1[tabindex]") ?? main
    target?.focus()
  }, [pathname])
}
