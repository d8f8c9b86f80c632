import autocannon from "autocannon"

/** One load figure: throughput, latency percentiles (ms) and failures. */
export interface LoadResult {
  name: string
  rps: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
}

/** One HTTP request to repeat; `next` varies it per request (cart, variant…). */
export interface LoadTarget {
  name: string
  url: string
  method?: "GET" | "POST"
  headers: Record<string, string>
  body?: string
  next?: () => { path: string; body?: string }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return Math.round(sorted[Math.max(0, index)] * 10) / 10
}

function fire(target: LoadTarget, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = []
  let failures = 0
  return new Promise((resolve, reject) => {
    const base = { method: target.method ?? "GET", headers: target.headers, body: target.body }
    const request = target.next
      ? {
          ...base,
          setupRequest: (req: { path?: string; body?: string }) => ({ ...req, ...base, ...target.next!() }),
        }
      : base
    const instance = autocannon(
      { url: target.url, connections, duration: seconds, timeout: 30, requests: [request] },
      (error, result) => {
        if (error) return reject(error)
        latencies.sort((a, b) => a - b)
        resolve({
          name: target.name,
          rps: Math.round((latencies.length / Math.max(result.duration, 1)) * 10) / 10,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          requests: latencies.length,
          errors: result.errors + result.timeouts + failures,
        })
      }
    )
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      if (statusCode >= 400) failures += 1
    })
  })
}

/** Warms the route up, then measures it with `connections` clients for `seconds`. */
export async function measureLoad(target: LoadTarget, options: { connections: number; seconds: number; warmupSeconds: number }): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await fire(target, options.connections, options.warmupSeconds)
  return fire(target, options.connections, options.seconds)
}
