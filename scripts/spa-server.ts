/**
 * Serves a built Vite SPA and proxies the API paths to the backend, so the browser
 * talks to one origin (no CORS preflight). Used by `npm start` and the tests; in
 * production nginx (docker/nginx.conf) plays the same part with the same headers.
 */
import { createHash } from "node:crypto"
import { createReadStream, existsSync, promises as fsp, realpathSync, type Stats } from "node:fs"
import http from "node:http"
import https from "node:https"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { pipeline } from "node:stream"
import { promisify } from "node:util"
import zlib from "node:zlib"

/** Options of {@link startSpaServer}. */
export interface SpaServerOptions {
  /** Folder of the production build (holds index.html). */
  root: string
  /** 0 picks a free port (tests). */
  port: number
  host?: string
  /** Where API requests go, e.g. `http://localhost:9000`. */
  backendUrl: string
  /** Injected in index.html in place of `__MIRASHOP_PUBLISHABLE_KEY__`. */
  publishableKey?: string
  /** Path prefixes proxied to the backend, matched on whole segments (`/app` does not catch `/apple.png`). */
  apiPaths?: string[]
  /** Extra `img-src` sources, e.g. the map tile host. */
  extraImgSrc?: string[]
}

/** A running SPA server. */
export interface SpaServer {
  url: string
  close(): Promise<void>
}

export const PUBLISHABLE_KEY_PLACEHOLDER = "__MIRASHOP_PUBLISHABLE_KEY__"

const DEFAULT_API_PATHS = [
  "/store",
  "/merchant",
  "/auth",
  "/admin",
  "/app",
  "/hooks",
  "/static",
  "/health",
]

const IMMUTABLE = "public, max-age=31536000, immutable"
const REVALIDATE = "no-cache"

/** Files above this size are streamed from disk, uncompressed, instead of kept in memory. */
const MAX_CACHED_BYTES = 8 * 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
}

const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".txt",
  ".map",
  ".webmanifest",
  ".xml",
])

/** Headers that describe one connection, not the message: never forwarded by a proxy. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
])

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

type Encoding = "br" | "gzip" | "identity"

interface Representation {
  body: Buffer
  etag: string
}

/** One file as served: its identity bytes and, for text, compressed variants made once. */
interface Entry {
  type: string
  size: number
  mtimeMs: number
  identity: Representation
  variants: Partial<Record<Encoding, Representation>>
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;")
}

/** The Content-Security-Policy of the apps (kept identical to docker/nginx.conf). */
export function contentSecurityPolicy(extraImgSrc: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data: blob: https:", ...extraImgSrc].join(" "),
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ")
}

function securityHeaders(extraImgSrc: string[]): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(extraImgSrc),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(self), geolocation=(self), microphone=()",
  }
}

/** The best encoding the client accepts (RFC 9110 q-values), preferring brotli. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity"
  const q = new Map<string, number>()
  for (const part of acceptEncoding.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";")
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    const value = qParam ? Number(qParam.slice(2)) : 1
    q.set(token.trim(), Number.isFinite(value) ? value : 0)
  }
  const accepts = (token: string) => (q.get(token) ?? q.get("*") ?? 0) > 0
  if (accepts("br")) return "br"
  if (accepts("gzip")) return "gzip"
  return "identity"
}

function etagOf(body: Buffer, suffix = ""): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}${suffix}"`
}

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream"
}

async function readSibling(file: string): Promise<Buffer | undefined> {
  return existsSync(file) ? fsp.readFile(file) : undefined
}

async function buildEntry(
  file: string,
  body: Buffer,
  stat: Pick<Stats, "size" | "mtimeMs">
): Promise<Entry> {
  const identity = { body, etag: etagOf(body) }
  const variants: Entry["variants"] = { identity }
  if (COMPRESSIBLE.has(path.extname(file).toLowerCase())) {
    // A build that ships .br/.gz files already paid for the best compression: reuse them.
    const br =
      (await readSibling(`${file}.br`)) ??
      (await brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }))
    const gz =
      (await readSibling(`${file}.gz`)) ??
      (await gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }))
    variants.br = { body: br, etag: etagOf(body, "-br") }
    variants.gzip = { body: gz, etag: etagOf(body, "-gz") }
  }
  return { type: contentTypeOf(file), size: stat.size, mtimeMs: stat.mtimeMs, identity, variants }
}

/**
 * The request path, percent-decoded and split into segments. Parsed by hand rather than
 * with `new URL()`, which would silently resolve `..` and hide a traversal attempt.
 */
function pathSegments(rawUrl: string): string[] {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? "/"
  if (!rawPath.startsWith("/")) throw new RequestError(400, "Bad Request")
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    throw new RequestError(400, "Bad Request")
  }
  if (decoded.includes("\0")) throw new RequestError(400, "Bad Request")
  const segments = decoded.split(/[/\\]+/).filter((segment) => segment !== "" && segment !== ".")
  if (segments.includes("..")) throw new RequestError(403, "Forbidden")
  return segments
}

function isApiPath(pathname: string, apiPaths: string[]): boolean {
  return apiPaths.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

function wantsHtml(req: http.IncomingMessage, segments: string[]): boolean {
  const last = segments.at(-1) ?? ""
  return !path.extname(last) || (req.headers.accept ?? "").includes("text/html")
}

function forwardedFor(req: http.IncomingMessage): string {
  const previous = req.headers["x-forwarded-for"]
  const client = req.socket.remoteAddress ?? ""
  const chain = Array.isArray(previous) ? previous.join(", ") : previous
  return chain ? `${chain}, ${client}` : client
}

/** Request headers for the backend: hop-by-hop ones dropped, forwarding ones set. */
function proxyRequestHeaders(req: http.IncomingMessage): http.OutgoingHttpHeaders {
  const connectionTokens = new Set(
    (req.headers.connection ?? "")
      .split(",")
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean)
  )
  const headers: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || connectionTokens.has(name)) continue
    headers[name] = value
  }
  headers["x-forwarded-for"] = forwardedFor(req)
  // This server only speaks plain http; TLS, when there is any, ends in front of it.
  headers["x-forwarded-proto"] = "http"
  if (req.headers.host) headers["x-forwarded-host"] = req.headers.host
  return headers
}

/** Response headers from the backend as a flat raw list (keeps repeated Set-Cookie). */
function proxyResponseHeaders(res: http.IncomingMessage): string[] {
  const connectionTokens = new Set(
    (res.headers.connection ?? "")
      .split(",")
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean)
  )
  const raw: string[] = []
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    const name = res.rawHeaders[i] ?? ""
    const lower = name.toLowerCase()
    if (HOP_BY_HOP.has(lower) || connectionTokens.has(lower)) continue
    raw.push(name, res.rawHeaders[i + 1] ?? "")
  }
  return raw
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(payload),
    "Cache-Control": "no-store",
  })
  res.end(payload)
}

/** Starts the server; resolves once it listens. */
export async function startSpaServer(options: SpaServerOptions): Promise<SpaServer> {
  const { port, host = "127.0.0.1", publishableKey, extraImgSrc = [] } = options
  const apiPaths = (options.apiPaths ?? DEFAULT_API_PATHS).map((prefix) =>
    prefix.replace(/\/+$/, "")
  )
  const root = realpathSync(path.resolve(options.root))
  const indexFile = path.join(root, "index.html")
  if (!existsSync(indexFile)) {
    throw new Error(`${indexFile} is missing: build the app first (npm run build).`)
  }
  const backend = new URL(options.backendUrl)
  const backendBasePath = backend.pathname.replace(/\/+$/, "")
  const transport = backend.protocol === "https:" ? https : http
  const agent = new transport.Agent({ keepAlive: true })
  const staticHeaders = securityHeaders(extraImgSrc)

  const indexStat = await fsp.stat(indexFile)
  const indexHtml = (await fsp.readFile(indexFile, "utf8")).replaceAll(
    PUBLISHABLE_KEY_PLACEHOLDER,
    escapeHtml(publishableKey ?? "")
  )
  // Built from the substituted text: precompressed index.html siblings would hold the placeholder.
  const indexBody = Buffer.from(indexHtml)
  const indexEntry = await buildEntry("index.html", indexBody, {
    size: indexBody.length,
    mtimeMs: indexStat.mtimeMs,
  })

  const entries = new Map<string, Promise<Entry>>()

  /** The cached entry of a file, rebuilt when the file changed on disk since it was read. */
  async function entryFor(file: string, stat: Stats): Promise<Entry> {
    const cached = entries.get(file)
    if (cached) {
      const entry = await cached.catch(() => undefined)
      if (entry && entry.mtimeMs === stat.mtimeMs && entry.size === stat.size) return entry
    }
    const fresh = fsp.readFile(file).then((body) => buildEntry(file, body, stat))
    entries.set(file, fresh)
    fresh.catch(() => entries.delete(file))
    return fresh
  }

  function sendStatic(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    entry: Entry,
    cacheControl: string
  ): void {
    const compressed = entry.variants.br !== undefined
    const encoding = compressed ? negotiateEncoding(req.headers["accept-encoding"]) : "identity"
    const chosen = entry.variants[encoding] ?? entry.identity
    const headers: http.OutgoingHttpHeaders = {
      ...staticHeaders,
      "Content-Type": entry.type,
      "Cache-Control": cacheControl,
      ETag: chosen.etag,
    }
    if (compressed) headers.Vary = "Accept-Encoding"
    if (encoding !== "identity") headers["Content-Encoding"] = encoding
    const ifNoneMatch = req.headers["if-none-match"]
    if (
      ifNoneMatch &&
      ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === chosen.etag)
    ) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    headers["Content-Length"] = chosen.body.length
    res.writeHead(200, headers)
    res.end(req.method === "HEAD" ? undefined : chosen.body)
  }

  function sendStaticError(
    res: http.ServerResponse,
    status: number,
    message: string,
    extra: http.OutgoingHttpHeaders = {}
  ): void {
    res.writeHead(status, {
      ...staticHeaders,
      ...extra,
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(message),
      "Cache-Control": "no-store",
    })
    res.end(message)
  }

  async function serveStatic(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    segments: string[]
  ) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendStaticError(res, 405, "Method Not Allowed", { Allow: "GET, HEAD" })
      return
    }
    const file = path.join(root, ...segments)
    const relative = path.relative(root, file)
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      sendStaticError(res, 403, "Forbidden")
      return
    }
    const isAsset = segments[0] === "assets"
    if (relative !== "index.html" && relative !== "") {
      const stat = await fsp.stat(file).catch(() => undefined)
      if (stat?.isFile()) {
        if (stat.size > MAX_CACHED_BYTES) {
          streamLargeFile(req, res, file, stat, isAsset ? IMMUTABLE : REVALIDATE)
          return
        }
        sendStatic(req, res, await entryFor(file, stat), isAsset ? IMMUTABLE : REVALIDATE)
        return
      }
      // A missing hashed asset is a stale client or a typo: HTML in its place would only confuse it.
      if (isAsset || !wantsHtml(req, segments)) {
        sendStaticError(res, 404, "Not Found")
        return
      }
    }
    sendStatic(req, res, indexEntry, REVALIDATE)
  }

  function streamLargeFile(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    file: string,
    stat: Stats,
    cacheControl: string
  ): void {
    res.writeHead(200, {
      ...staticHeaders,
      "Content-Type": contentTypeOf(file),
      "Content-Length": stat.size,
      "Cache-Control": cacheControl,
      ETag: `"${stat.size.toString(16)}-${Math.trunc(stat.mtimeMs).toString(16)}"`,
    })
    if (req.method === "HEAD") {
      res.end()
      return
    }
    pipeline(createReadStream(file), res, () => undefined)
  }

  function proxy(req: http.IncomingMessage, res: http.ServerResponse): void {
    const upstream = transport.request(
      {
        protocol: backend.protocol,
        hostname: backend.hostname,
        port: backend.port,
        method: req.method,
        path: `${backendBasePath}${req.url ?? "/"}`,
        headers: proxyRequestHeaders(req),
        agent,
      },
      (backendRes) => {
        res.writeHead(
          backendRes.statusCode ?? 502,
          backendRes.statusMessage,
          proxyResponseHeaders(backendRes)
        )
        pipeline(backendRes, res, () => undefined)
      }
    )
    upstream.on("error", () => {
      if (!res.headersSent) {
        sendJson(res, 503, { message: "Service momentanément indisponible" })
      } else {
        res.destroy()
      }
    })
    // The client going away aborts the backend request too (pipeline destroys both ends).
    pipeline(req, upstream, () => undefined)
  }

  const server = http.createServer((req, res) => {
    let segments: string[]
    try {
      segments = pathSegments(req.url ?? "/")
    } catch (error) {
      const status = error instanceof RequestError ? error.status : 400
      sendStaticError(res, status, error instanceof RequestError ? error.message : "Bad Request")
      return
    }
    const pathname = `/${segments.join("/")}`
    if (isApiPath(pathname, apiPaths)) {
      proxy(req, res)
      return
    }
    serveStatic(req, res, segments).catch(() => {
      if (!res.headersSent) sendStaticError(res, 500, "Internal Server Error")
      else res.destroy()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const displayHost = host === "0.0.0.0" || host === "::" ? "localhost" : host
  const url = `http://${displayHost.includes(":") ? `[${displayHost}]` : displayHost}:${address.port}`

  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
        agent.destroy()
      }),
  }
}
