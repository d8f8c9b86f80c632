import { RouterProvider } from "react-router"
import { createQueryClient } from "@/lib/query-client"
import { AppProviders } from "./providers"
import { createAppRouter } from "./router"

const queryClient = createQueryClient()
const router = createAppRouter()

/** The storefront. */
export function App() {
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
