import { RouterProvider } from "react-router"
import { AppProviders, createAppQueryClient } from "./providers"
import { createAppRouter } from "./router"

const queryClient = createAppQueryClient()
const router = createAppRouter()

/** The merchant admin. */
export function App() {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
