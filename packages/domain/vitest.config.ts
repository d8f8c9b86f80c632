import { defineConfig } from "vitest/config"

/** Unit tests of the pure domain rules (hours, slots, codes, money). */
export default defineConfig({
  test: {
    name: "domain",
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
})
