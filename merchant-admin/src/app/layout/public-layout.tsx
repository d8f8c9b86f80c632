import { Outlet } from "react-router"
import { LanguageSwitch } from "@/components/ui/language-switch"
import { MAIN_ID, SkipLink } from "@/components/ui/skip-link"
import { Brand } from "./brand"

/** Pages for visitors who are not signed in: login, not found. */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <Brand />
          <div className="app-header__actions">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="page">
        <Outlet />
      </main>
    </>
  )
}
