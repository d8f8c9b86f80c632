/**
 * Measures the storefront's key pages (DOM, requests, KB, EcoIndex, JS/CSS gz) against the
 * test stack (the demo seed: 12 shops), without the scaled seed nor the load scenarios of
 * `npm run bench`: a quick check while changing the storefront. The figures of record are
 * `npm run bench`'s (60 shops, 10,200 products: longer facet lists and more cards).
 *
 *   MIRASHOP_TEST_TEMPLATE=<seeded db> DATABASE_URL=… npx tsx bench/pages-dev.ts
 *   (PAGES_LIGHTHOUSE=true adds Lighthouse's mobile performance and accessibility scores)
 */
import { appDist } from "../scripts/lib/apps"
import { startStack } from "../tests/support/stack"
import { runLighthouse } from "./lib/lighthouse"
import { measurePages } from "./lib/pages"

const log = (line: string) => process.stdout.write(`[pages] ${line}\n`)

const { info, stop } = await startStack(log)
try {
  const answer = await fetch(`${info.backendUrl}/store/shops?limit=1`, {
    headers: { "x-publishable-api-key": info.publishableKey },
  })
  const { shops } = (await answer.json()) as { shops: { handle: string }[] }
  const shop = process.env.PAGES_SHOP ?? shops[0]?.handle ?? "saveurs-de-la-crau"
  const pages = [
    { name: "home", path: "/" },
    { name: "shops", path: "/boutiques" },
    { name: "shop", path: `/boutiques/${shop}` },
    { name: "search", path: "/recherche?q=confiture" },
    { name: "cart", path: "/panier" },
  ]
  const results = await measurePages(info.storefrontUrl, appDist("storefront"), pages)
  const lighthouse =
    process.env.PAGES_LIGHTHOUSE === "true"
      ? await runLighthouse(
          info.storefrontUrl,
          pages.map((page) => page.path),
          9222 + Number(process.env.MIRASHOP_TEST_PORT_OFFSET ?? 0)
        )
      : []
  process.stdout.write(
    "| page | DOM | requests | KB | EcoIndex | JS KB gz | LH perf | LH a11y |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
  )
  for (const page of results) {
    const scores = lighthouse.find((result) => result.path === page.path)
    process.stdout.write(
      `| ${page.name} \`${page.path}\` | ${page.domElements} | ${page.requests} | ${page.transferredKb} | ${page.ecoIndex} | ${page.jsKbGzip} | ${scores?.performance ?? "–"} | ${scores?.accessibility ?? "–"} |\n`
    )
  }
} finally {
  await stop()
}
