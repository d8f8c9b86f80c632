import { fileURLToPath } from "node:url"
import react from "@vitejs/plugin-react"
import { defineConfig } from "vite"

/** Aliases shared with vitest.config.ts and mirrored in tsconfig.json `paths`. */
export const alias = {
  "@": fileURLToPath(new URL("./src", import.meta.url)),
  "@mirashop/contract": fileURLToPath(
    new URL("../packages/contract/src/index.ts", import.meta.url)
  ),
  "@mirashop/domain": fileURLToPath(new URL("../packages/domain/src/index.ts", import.meta.url)),
}

const backend = "http://localhost:9000"

// Route-level code splitting comes from the lazy routes in src/app/router.tsx.
export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  server: {
    port: 5174,
    strictPort: true,
    // Same origin in dev as behind nginx in production: the sdk calls window.location.origin.
    proxy: Object.fromEntries(
      ["/merchant", "/auth", "/store", "/admin", "/static"].map((prefix) => [prefix, backend])
    ),
  },
  build: {
    target: "es2022",
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: one vendor file stays cached across deployments.
        codeSplitting: { groups: [{ name: "vendor", test: /[\\/]node_modules[\\/]/ }] },
      },
    },
  },
})
