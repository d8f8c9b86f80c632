import { fileURLToPath } from "node:url"
import react from "@vitejs/plugin-react"
import { defineConfig, type UserConfig } from "vite"

const local = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/** Aliases shared with vitest.config.ts; the first three are mirrored in tsconfig.json `paths`. */
export const alias = [
  { find: "@", replacement: local("./src") },
  { find: "@mirashop/contract", replacement: local("../packages/contract/src/index.ts") },
  { find: "@mirashop/domain", replacement: local("../packages/domain/src/index.ts") },
  // The sdk only calls qs.stringify: a 30-line module instead of qs and its dependencies (ADR 0024).
  { find: /^qs$/, replacement: local("./src/lib/query-string.ts") },
]

const backend = "http://localhost:9000"
const apiPaths = ["/store", "/auth", "/merchant", "/admin", "/app", "/hooks", "/static"]

// Route-level code splitting comes from the React.lazy pages in src/app/router.tsx.
export default defineConfig(({ command }) => {
  // A build is what ships, whatever NODE_ENV the calling process has (the test and bench
  // harnesses run under vitest's "test"): otherwise the JSX transform and libraries keep their
  // development branches, ≈ 3 KB gzipped more on every page (ADR 0024).
  if (command === "build") process.env.NODE_ENV = "production"
  return config()
})

function config(): UserConfig {
  return {
    plugins: [react()],
    resolve: { alias },
    server: {
      port: 5173,
      strictPort: true,
      // Same origin in dev as behind the static server and nginx: the sdk calls the page's origin.
      proxy: Object.fromEntries(apiPaths.map((prefix) => [prefix, backend])),
    },
    build: {
      target: "es2022",
      rolldownOptions: {
        output: {
          // Libraries change less often than our code: they get files of their own that stay
          // cached across deployments. "vendor" is what the app shell needs (React, router,
          // query, i18n); "vendor-api" (Medusa sdk…) comes with the first page that reads the API.
          // Leaflet stays apart: only the shops map, opened on demand, needs it.
          codeSplitting: {
            groups: [
              { name: "leaflet", test: /[\\/]node_modules[\\/]leaflet[\\/]/, priority: 1 },
              { name: "vendor", test: /[\\/]node_modules[\\/]/, tags: ["$initial"] },
              { name: "vendor-api", test: /[\\/]node_modules[\\/]/ },
            ],
          },
        },
      },
    },
  }
}
