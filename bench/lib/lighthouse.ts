import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import lighthouse from "lighthouse"
import { CHROMIUM_PATH } from "../../tests/support/browser"

/** Lighthouse 12 scores (0–100), mobile preset, of one page. */
export interface LighthouseResult {
  path: string
  performance: number | null
  accessibility: number | null
  note?: string
}

async function debuggingPort(port: number): Promise<void> {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return
    } catch {
      // Chromium is still starting.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Chromium did not open its debugging port ${port}`)
}

/** Runs Lighthouse (mobile, performance + accessibility) on each page through one Chromium. */
export async function runLighthouse(storefrontUrl: string, paths: string[], port: number): Promise<LighthouseResult[]> {
  const profile = mkdtempSync(path.join(tmpdir(), "mirashop-lh-"))
  const chromium = spawn(CHROMIUM_PATH, [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    "about:blank",
  ])
  const results: LighthouseResult[] = []
  try {
    await debuggingPort(port)
    for (const pagePath of paths) {
      try {
        const run = await lighthouse(`${storefrontUrl}${pagePath}`, {
          port,
          logLevel: "error",
          output: "json",
          onlyCategories: ["performance", "accessibility"],
        })
        const score = (id: string) => {
          const value = run?.lhr.categories[id]?.score
          return typeof value === "number" ? Math.round(value * 100) : null
        }
        results.push({ path: pagePath, performance: score("performance"), accessibility: score("accessibility") })
      } catch (error) {
        results.push({ path: pagePath, performance: null, accessibility: null, note: (error as Error).message.slice(0, 200) })
      }
    }
  } finally {
    // Chromium keeps writing its profile until it has exited: wait before removing it.
    if (chromium.exitCode === null) {
      const exited = new Promise((resolve) => chromium.once("exit", resolve))
      chromium.kill("SIGTERM")
      await exited
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }
  return results
}
