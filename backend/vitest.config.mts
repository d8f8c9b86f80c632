import { defineConfig } from "vitest/config"

/** Unit tests of backend code that needs no database (config rules, pure helpers, seed data). */
export default defineConfig({
  test: {
    name: "backend",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
})
