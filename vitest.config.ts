import { defineConfig } from "vitest/config"

/** Unit tests of every workspace (fast, no services). Integration and e2e: tests/vitest.config.ts. */
export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "{storefront,merchant-admin}/vitest.config.ts",
      "backend/vitest.config.mts",
      {
        test: {
          name: "scripts",
          environment: "node",
          include: ["scripts/**/*.test.ts", "bench/**/*.test.ts"],
        },
      },
    ],
  },
})
