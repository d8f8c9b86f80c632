import type { Plugin } from "vite"
import { defineConfig } from "vitest/config"
import { alias } from "./vite.config.ts"

/**
 * @medusajs/js-sdk ships source maps without their sources: Vite warns once per file,
 * a hundred lines per run that would bury the warnings that matter.
 */
function quietSdkSourceMaps(): Plugin {
  return {
    name: "quiet-sdk-source-maps",
    configResolved({ logger }) {
      const warnOnce = logger.warnOnce.bind(logger)
      logger.warnOnce = (message, options) => {
        if (!(message.includes("@medusajs/js-sdk") && message.includes("missing source files"))) {
          warnOnce(message, options)
        }
      }
    },
  }
}

export default defineConfig({
  plugins: [quietSdkSourceMaps()],
  resolve: { alias },
  test: {
    name: "storefront",
    root: import.meta.dirname,
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    restoreMocks: true,
    // The first test of a file waits for Vite to transform a page chunk: slow on a busy machine.
    testTimeout: 15_000,
    unstubGlobals: true,
  },
})
