import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

/** Suites that start their own services (Redis, PostgreSQL, backend clusters) and break them on purpose: `npm run test:resilience`. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["**/*.test.ts"],
    environment: "node",
    globalSetup: ["./global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
})
