import { existsSync } from "node:fs"
import { chromium, type Browser } from "playwright-core"

/** Debian's Chromium, the only browser these machines can run. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Whether e2e tests can run here; under CI a missing browser is a failure, not a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true
  if (process.env.CI === "true") {
    throw new Error(`Chromium is required in CI but ${CHROMIUM_PATH} does not exist`)
  }
  process.stdout.write(`e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)\n`)
  return false
}

/** Launches headless Chromium with the flags this offline machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}
