import { defineConfig } from "vitest/config"

/**
 * Suites that need the running marketplace: one stack (database, backend, apps) is
 * started by the global setup and shared. Files run one at a time: they share a database.
 */
export default defineConfig({
  test: {
    globalSetup: ["./support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        test: {
          name: "integration",
          include: ["integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
        },
      },
    ],
  },
})
