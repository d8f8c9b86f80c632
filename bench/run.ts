/**
 * `npm run bench`: seeds a scaled Miramas, starts the production backend and measures
 * the store routes under load, the checkouts, and the storefront pages (EcoIndex, Lighthouse).
 * BENCH_DURATION (s, default 20), BENCH_WARMUP (s, default 5), BENCH_CHECKOUTS (default 10),
 * BENCH_SHOPS / BENCH_PRODUCTS_PER_SHOP (default 60 × 170), BENCH_SKIP_PAGES=true.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { cpus } from "node:os"
import path from "node:path"
import { appDist } from "../scripts/lib/apps"
import { queryRows } from "../scripts/lib/embedded-db"
import { ROOT } from "../scripts/lib/paths"
import { startBenchStack } from "./lib/bench-stack"
import { measureCheckouts } from "./lib/checkout"
import { readFixtures, type BenchFixtures } from "./lib/fixtures"
import { runLighthouse } from "./lib/lighthouse"
import { measureLoad, type LoadResult } from "./lib/load"
import { measurePages } from "./lib/pages"
import { markdownReport, type BenchReport } from "./lib/report"
import { treeRssMb } from "./lib/rss"
import { addToCartTarget, readTargets } from "./lib/scenarios"

const seconds = Number(process.env.BENCH_DURATION ?? 20)
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 5)
const connections = 10
const log = (line: string) => process.stdout.write(`[bench] ${line}\n`)

/** The storefront's key pages, measured on a cold cache. */
function keyPages(fixtures: BenchFixtures): { name: string; path: string }[] {
  return [
    { name: "home", path: "/" },
    { name: "shops", path: "/boutiques" },
    { name: "shop", path: `/boutiques/${fixtures.shopHandle}` },
    { name: "search", path: "/recherche?q=confiture" },
    { name: "product", path: `/boutiques/${fixtures.shopHandle}/${fixtures.productHandle}` },
    { name: "cart", path: "/panier" },
  ]
}

async function main(): Promise<void> {
  const started = Date.now()
  const stack = await startBenchStack(log)
  try {
    const fixtures = await readFixtures(stack.databaseUrl)
    const [counts] = await queryRows<{ shops: string; products: string; variants: string }>(
      stack.databaseUrl,
      `select (select count(*) from shop where deleted_at is null) as shops,
              (select count(*) from product where deleted_at is null) as products,
              (select count(*) from product_variant where deleted_at is null) as variants`
    )
    const pid = stack.backend.child.pid ?? 0
    const loadOptions = { connections, seconds, warmupSeconds }
    const results: LoadResult[] = []
    const [vanilla, ...catalogue] = readTargets(stack.backendUrl, stack.publishableKey, fixtures)
    log(`load: ${vanilla.name}`)
    results.push(await measureLoad(vanilla, loadOptions))
    const afterVanillaOnly = treeRssMb(pid)
    for (const target of catalogue) {
      log(`load: ${target.name}`)
      results.push(await measureLoad(target, loadOptions))
    }
    const addToCart = await addToCartTarget(stack.backendUrl, stack.publishableKey, fixtures)
    log(`load: ${addToCart.name}`)
    results.push(await measureLoad(addToCart, loadOptions))
    log("checkouts…")
    const checkout = await measureCheckouts(stack.backendUrl, stack.publishableKey, fixtures, Number(process.env.BENCH_CHECKOUTS ?? 10))
    const afterAll = treeRssMb(pid)

    const skipPages = process.env.BENCH_SKIP_PAGES === "true"
    log(skipPages ? "pages skipped" : "storefront pages (Chromium, cold cache) and Lighthouse…")
    const pageList = keyPages(fixtures)
    const pages = skipPages ? [] : await measurePages(stack.storefrontUrl, appDist("storefront"), pageList)
    const lighthouse = skipPages
      ? []
      : await runLighthouse(stack.storefrontUrl, pageList.map((p) => p.path), 9222 + Number(process.env.MIRASHOP_TEST_PORT_OFFSET ?? 0))

    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version },
      data: { shops: Number(counts.shops), products: Number(counts.products), variants: Number(counts.variants), seedSeconds: stack.seedSeconds },
      load: { connections, seconds, results },
      checkout,
      rssMb: { afterVanillaOnly, afterAll },
      pages,
      lighthouse,
    }
    const resultsDir = path.join(ROOT, "bench", "results")
    mkdirSync(resultsDir, { recursive: true })
    writeFileSync(path.join(resultsDir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`)
    const table = markdownReport(report)
    writeFileSync(path.join(resultsDir, "latest.md"), `${table}\n`)
    process.stdout.write(`\n${table}\n\n`)
    log(`done in ${Math.round((Date.now() - started) / 1000)} s (seed ${stack.seedSeconds} s); bench/results/latest.json written`)
  } finally {
    await stack.stop()
  }
}

await main()
