import { readFileSync, existsSync } from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { chromium } from "playwright-core"
import { CHROMIUM_PATH } from "../../tests/support/browser"
import { ecoIndexGrade, ecoIndexScore, type EcoIndexGrade } from "./ecoindex"

/** What one storefront page costs a shopper on a cold cache at 1920×1080. */
export interface PageResult {
  name: string
  path: string
  domElements: number
  requests: number
  transferredKb: number
  ecoIndex: number
  grade: EcoIndexGrade
  /** Gzipped size of the build's JS and CSS files the page loaded. */
  jsKbGzip: number
  cssKbGzip: number
}

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

function gzippedBuildSize(distDir: string, url: string): number {
  const file = path.join(distDir, new URL(url).pathname)
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0
}

/** Loads each page in a fresh browser context (cold cache) and measures it the EcoIndex way. */
export async function measurePages(storefrontUrl: string, distDir: string, pages: { name: string; path: string }[]): Promise<PageResult[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  const results: PageResult[] = []
  try {
    for (const page of pages) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
      const tab = await context.newPage()
      const cdp = await context.newCDPSession(tab)
      await cdp.send("Network.enable")
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true })
      const urls = new Map<string, string>()
      let transferred = 0
      cdp.on("Network.requestWillBeSent", (event) => {
        if (!event.request.url.startsWith("data:")) urls.set(event.requestId, event.request.url)
      })
      cdp.on("Network.loadingFinished", (event) => {
        transferred += event.encodedDataLength
      })
      await tab.goto(`${storefrontUrl}${page.path}`, { waitUntil: "networkidle" })
      await tab.waitForTimeout(500)
      const domElements = await tab.evaluate(
        () => document.getElementsByTagName("*").length - document.querySelectorAll("svg *").length
      )
      const loaded = [...urls.values()]
      const sizeOf = (extension: string) =>
        loaded
          .filter((url) => url.startsWith(storefrontUrl) && new URL(url).pathname.endsWith(extension))
          .reduce((sum, url) => sum + gzippedBuildSize(distDir, url), 0)
      const weight = { domElements, requests: urls.size, sizeKb: transferred / 1024 }
      const score = ecoIndexScore(weight)
      results.push({
        name: page.name,
        path: page.path,
        domElements,
        requests: urls.size,
        transferredKb: kb(transferred),
        ecoIndex: score,
        grade: ecoIndexGrade(score),
        jsKbGzip: kb(sizeOf(".js")),
        cssKbGzip: kb(sizeOf(".css")),
      })
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return results
}
