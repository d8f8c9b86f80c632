import { Outlet } from "react-router"
import { useFocusOnNavigate } from "./focus-on-navigate"

/** Wraps every page: focus management across navigations. */
export function RootLayout() {
  useFocusOnNavigate()
  return <Outlet />
}
