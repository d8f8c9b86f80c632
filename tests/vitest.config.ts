import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const root = fileURLToPath(new URL(".", import.meta.url))

/**
 * Suites that need the running marketplace: one stack (database, backend, apps) is
 * started by the global setup and shared. Files run one at a time: they share a database.
 */
export default defineConfig({
  root,
  test: {
    globalSetup: ["./support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        root,
        test: {
          name: "integration",
          include: ["integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          // Inline projects do not inherit the root's options: a busy machine needs long set-ups.
          hookTimeout: 120_000,
        },
      },
      {
        root,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
