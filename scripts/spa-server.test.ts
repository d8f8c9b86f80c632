import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startSpaServer, type SpaServer } from "./spa-server"

interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A request with the path sent verbatim (fetch would normalise `..`) and the body left encoded. */
function request(
  base: string,
  rawPath: string,
  init: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {}
): Promise<RawResponse> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: rawPath,
        method: init.method ?? "GET",
        headers: init.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          })
        )
        res.on("error", reject)
      }
    )
    req.on("error", reject)
    req.end(init.body)
  })
}

interface SeenRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** Listens on a free port, returns it. */
function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port))
  })
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()))
}

const KEY = 'pk_test"<demo>&'
const INDEX = `<!doctype html><html><head><meta name="mirashop-publishable-key" content="__MIRASHOP_PUBLISHABLE_KEY__"></head><body><div id="root"></div><script type="module" src="/assets/index-C0ffee12.js"></script></body></html>`
// Large and repetitive enough for compression to matter.
const ASSET = `export const shops = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Boutique ${i}` })))}\n`

let base: string
let root: string
let backend: http.Server
let backendPort: number
let seen: SeenRequest[]
let spa: SpaServer

beforeAll(async () => {
  // The secret sits next to the build folder, where a traversal would land.
  base = mkdtempSync(path.join(os.tmpdir(), "spa-server-"))
  root = path.join(base, "dist")
  mkdirSync(path.join(root, "assets"), { recursive: true })
  writeFileSync(path.join(root, "index.html"), INDEX)
  writeFileSync(path.join(root, "assets", "index-C0ffee12.js"), ASSET)
  writeFileSync(path.join(root, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>")
  writeFileSync(path.join(base, "secret.txt"), "secret")

  seen = []
  backend = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString()
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body })
      res.setHeader("Set-Cookie", ["a=1; Path=/", "b=2; Path=/"])
      res.writeHead(req.method === "POST" ? 201 : 200, { "Content-Type": "application/json" })
      res.end(JSON.stringify({ method: req.method, url: req.url, body }))
    })
  })
  backendPort = await listen(backend)

  spa = await startSpaServer({
    root,
    port: 0,
    backendUrl: `http://127.0.0.1:${backendPort}`,
    publishableKey: KEY,
    extraImgSrc: ["https://tile.openstreetmap.org"],
  })
})

afterAll(async () => {
  await spa.close()
  await closeServer(backend)
  rmSync(base, { recursive: true, force: true })
})

describe("static files", () => {
  it("falls back to index.html for client-side routes", async () => {
    const res = await request(spa.url, "/boutiques/boulangerie-du-marche?onglet=horaires")
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toContain("text/html")
    expect(res.body.toString()).toContain('<div id="root">')
  })

  it("injects the publishable key, HTML-escaped, and revalidates index.html", async () => {
    const res = await request(spa.url, "/")
    const html = res.body.toString()
    expect(html).not.toContain("__MIRASHOP_PUBLISHABLE_KEY__")
    expect(html).toContain('content="pk_test&quot;&lt;demo&gt;&amp;"')
    expect(res.headers["cache-control"]).toBe("no-cache")
    expect(res.headers.etag).toMatch(/^"[^"]+"$/)

    const again = await request(spa.url, "/", { headers: { "if-none-match": res.headers.etag } })
    expect(again.status).toBe(304)
  })

  it("caches hashed assets forever", async () => {
    const res = await request(spa.url, "/assets/index-C0ffee12.js")
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toContain("text/javascript")
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
    expect(res.body.toString()).toBe(ASSET)
  })

  it("answers 404, not the app, for a missing asset", async () => {
    const res = await request(spa.url, "/assets/index-Deadbeef.js")
    expect(res.status).toBe(404)
  })

  it("sends brotli to clients that accept it", async () => {
    const res = await request(spa.url, "/assets/index-C0ffee12.js", {
      headers: { "accept-encoding": "gzip, deflate, br" },
    })
    expect(res.headers["content-encoding"]).toBe("br")
    expect(res.headers.vary).toBe("Accept-Encoding")
    expect(res.body.length).toBeLessThan(ASSET.length)
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(ASSET)
  })

  it("sends gzip when brotli is not accepted", async () => {
    const res = await request(spa.url, "/assets/index-C0ffee12.js", {
      headers: { "accept-encoding": "gzip, br;q=0" },
    })
    expect(res.headers["content-encoding"]).toBe("gzip")
    expect(zlib.gunzipSync(res.body).toString()).toBe(ASSET)
  })

  it("compresses index.html after the key is injected", async () => {
    const res = await request(spa.url, "/", { headers: { "accept-encoding": "br" } })
    expect(res.headers["content-encoding"]).toBe("br")
    expect(zlib.brotliDecompressSync(res.body).toString()).toContain("pk_test&quot;")
  })

  it("sends the security headers", async () => {
    const res = await request(spa.url, "/favicon.svg")
    const csp = res.headers["content-security-policy"]
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("img-src 'self' data: blob: https: https://tile.openstreetmap.org")
    expect(res.headers["x-content-type-options"]).toBe("nosniff")
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(res.headers["permissions-policy"]).toBe(
      "camera=(self), geolocation=(self), microphone=()"
    )
  })

  it.each([
    "/../secret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/%2e%2e/secret.txt",
    "/assets/../../secret.txt",
  ])("refuses the traversal %s", async (rawPath) => {
    const res = await request(spa.url, rawPath)
    expect(res.status).toBe(403)
    expect(res.body.toString()).not.toContain("secret")
  })

  it("refuses writes to static paths", async () => {
    const res = await request(spa.url, "/", { method: "POST", body: "x" })
    expect(res.status).toBe(405)
  })
})

describe("API proxy", () => {
  it("forwards method, path, headers and body, and returns the backend's status", async () => {
    seen.length = 0
    const res = await request(spa.url, "/store/carts?fields=id", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": "pk_1",
        host: "shop.test",
      },
      body: JSON.stringify({ region_id: "reg_1" }),
    })
    expect(res.status).toBe(201)
    expect(JSON.parse(res.body.toString())).toEqual({
      method: "POST",
      url: "/store/carts?fields=id",
      body: '{"region_id":"reg_1"}',
    })
    expect(res.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"])
    expect(res.headers["content-security-policy"]).toBeUndefined()

    const forwarded = seen[0]
    expect(forwarded.headers["x-publishable-api-key"]).toBe("pk_1")
    expect(forwarded.headers["x-forwarded-for"]).toBe("127.0.0.1")
    expect(forwarded.headers["x-forwarded-proto"]).toBe("http")
    expect(forwarded.headers["x-forwarded-host"]).toBe("shop.test")
  })

  it("proxies every API prefix but only on whole path segments", async () => {
    seen.length = 0
    for (const p of [
      "/merchant/shop",
      "/auth/customer/emailpass",
      "/admin/users",
      "/app",
      "/health",
    ]) {
      expect((await request(spa.url, p, { method: "DELETE" })).status).toBe(200)
    }
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "DELETE /merchant/shop",
      "DELETE /auth/customer/emailpass",
      "DELETE /admin/users",
      "DELETE /app",
      "DELETE /health",
    ])
    const notApi = await request(spa.url, "/apple-touch-icon", { headers: { accept: "text/html" } })
    expect(notApi.headers["content-type"]).toContain("text/html")
    expect(seen).toHaveLength(5)
  })

  it("answers 503 in French when the backend is down", async () => {
    const closedPort = await (async () => {
      const probe = http.createServer()
      const port = await listen(probe)
      await closeServer(probe)
      return port
    })()
    const orphan = await startSpaServer({
      root,
      port: 0,
      backendUrl: `http://127.0.0.1:${closedPort}`,
    })
    try {
      const res = await request(orphan.url, "/store/products")
      expect(res.status).toBe(503)
      expect(JSON.parse(res.body.toString())).toEqual({
        message: "Service momentanément indisponible",
      })
      // Still serving the app afterwards.
      expect((await request(orphan.url, "/")).status).toBe(200)
    } finally {
      await orphan.close()
    }
  })
})
