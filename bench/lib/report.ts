import type { CheckoutResult } from "./checkout"
import type { LighthouseResult } from "./lighthouse"
import type { LoadResult } from "./load"
import type { PageResult } from "./pages"

/** Everything one `npm run bench` measured. */
export interface BenchReport {
  date: string
  machine: { cpus: number; node: string }
  data: { shops: number; products: number; variants: number; seedSeconds: number }
  load: { connections: number; seconds: number; results: LoadResult[] }
  checkout: CheckoutResult[]
  rssMb: { afterVanillaOnly: number; afterAll: number }
  pages: PageResult[]
  lighthouse: LighthouseResult[]
}

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a && b ? `${Math.round((a / b) * 10) / 10}×` : "–"

/** The one markdown table printed by the bench and copied into docs/performance.md. */
export function markdownReport(report: BenchReport): string {
  const byPrefix = (prefix: string) => report.load.results.find((r) => r.name.startsWith(prefix))
  const a = byPrefix("A.")
  const lines = [
    `Scaled Miramas: ${report.data.shops} shops, ${report.data.products} products, ${report.data.variants} variants · ${report.machine.cpus} CPUs · Node ${report.machine.node} · ${report.load.connections} connections × ${report.load.seconds} s · ${report.date}`,
    "",
    "| route | req/s | p50 ms | p95 ms | p99 ms | errors | req/s vs A |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...report.load.results.map(
      (r) => `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.name.startsWith("A.") ? "1×" : ratio(r.rps, a?.rps)} |`
    ),
    "",
    "| checkout | runs | p50 ms | p95 ms | note |",
    "|---|---:|---:|---:|---|",
    ...report.checkout.map((c) => `| ${c.name} | ${c.checkouts} | ${c.p50 ?? "–"} | ${c.p95 ?? "–"} | ${c.note ?? ""} |`),
    "",
    `Backend RSS: ${report.rssMb.afterVanillaOnly} MB after A alone, ${report.rssMb.afterAll} MB after every scenario (${ratio(report.rssMb.afterAll, report.rssMb.afterVanillaOnly)}).`,
    "",
    "| page | DOM | requests | KB transferred | EcoIndex | grade | JS KB gz | CSS KB gz | LH perf | LH a11y |",
    "|---|---:|---:|---:|---:|:---:|---:|---:|---:|---:|",
    ...report.pages.map((p) => {
      const lh = report.lighthouse.find((l) => l.path === p.path)
      return `| ${p.name} \`${p.path}\` | ${p.domElements} | ${p.requests} | ${p.transferredKb} | ${p.ecoIndex} | ${p.grade} | ${p.jsKbGzip} | ${p.cssKbGzip} | ${lh?.performance ?? "–"} | ${lh?.accessibility ?? "–"} |`
    }),
  ]
  return lines.join("\n")
}
