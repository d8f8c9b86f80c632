import { describe, expect, it } from "vitest"
import { stack } from "../../support/clients"

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const { backendUrl, publishableKey } = stack()
  return fetch(`${backendUrl}${path}`, { headers: { "x-publishable-api-key": publishableKey, ...headers } })
}

describe("GET /store/catalog and /store/shops/:handle over HTTP", () => {
  it("compresses JSON answers with brotli, or gzip for clients without brotli", async () => {
    const brotli = await get("/store/catalog?limit=24", { "accept-encoding": "br, gzip" })
    expect(brotli.status).toBe(200)
    expect(brotli.headers.get("content-encoding")).toBe("br")
    expect(((await brotli.json()) as { products: unknown[] }).products.length).toBeGreaterThan(0)

    const gzip = await get("/store/catalog?limit=24", { "accept-encoding": "gzip" })
    expect(gzip.headers.get("content-encoding")).toBe("gzip")
  })

  it("answers a shop page with an ETag and a bare 304 when the shopper's copy is current", async () => {
    const first = await get("/store/shops/saveurs-de-la-crau")
    expect(first.status).toBe(200)
    expect(first.headers.get("cache-control")).toContain("max-age=")
    const etag = first.headers.get("etag")
    expect(etag).toBeTruthy()

    const again = await get("/store/shops/saveurs-de-la-crau", { "if-none-match": etag ?? "" })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe("")
  })
})
