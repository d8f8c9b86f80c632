import { existsSync, readFileSync } from "node:fs"
import http from "node:http"
import path from "node:path"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { API_DIR, routeTable, type ApiRoute } from "../../../scripts/lib/route-table"
import { randomClientIp, stack } from "../../support/clients"
import { recordWrites, type WriteLog } from "../../support/db-writes"
import { bearer, cityToken, openShop, TEST_PASSWORD } from "../../support/merchants"
import { registerShopper } from "../../support/shopping"

/** Requests per route; each mixes a body, a query string and path parameters. */
const RUNS_PER_ROUTE = Number(process.env.MIRASHOP_FUZZ_RUNS ?? 30)
/** Refusals of Node's HTTP parser (URL or headers too long, body too large), sent without a JSON body. */
const TRANSPORT_REFUSALS = new Set([413, 414, 431])
/** Node's default `maxHeaderSize`: the request line and headers together. */
const MAX_HEADER_BYTES = 16 * 1024

const SQL = ["' OR 1=1 --", "'; drop table shop; --", "1; select pg_sleep(5)", '" OR ""="', "admin'--", "%' union select * from auth_identity --"]
const HTML = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg onload=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${7*7}"]
const PATHS = ["../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%00", "\u0000", "/", "\\", ".", ".."]
const UNICODE = ["🥖🌷", "ｓｈｏｐ", "é".normalize("NFD"), "\u202e\u202d", "\ud800", "ﷺ", "\u200b", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇"]

/** Strings a careless handler chokes on: injections, unicode oddities, empty and huge ones. */
const nastyString = fc.oneof(
  fc.constantFrom(...SQL, ...HTML, ...PATHS, ...UNICODE, "", " ", "null", "undefined", "NaN", "-1", "1e309", "true", "[]", "{}"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "x".repeat(n))
)

/** Numbers out of every range: negative, zero, fractional, enormous, past the safe integers. */
const nastyNumber = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, -0.0001, 1e308, -1e308, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true })
)

const { nastyValue } = fc.letrec<{ nastyValue: unknown }>((tie) => ({
  nastyValue: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("nastyValue"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom("__proto__", "constructor", "$ne", "$gt")), tie("nastyValue"), { maxKeys: 4 })
  ),
}))

/**
 * The field names a route's validators know (every `name:` in the `validators.ts` files of its
 * folder and the folders above it), so bodies and queries hit real fields with wrong values, not
 * only unknown keys a strict schema refuses first.
 */
function knownFields(route: ApiRoute): string[] {
  const fields = new Set(["id", "shop_id", "limit", "offset", "q", "status", "fields", "order", "expand"])
  for (let dir = path.dirname(route.file); dir.startsWith(API_DIR); dir = path.dirname(dir)) {
    const file = path.join(dir, "validators.ts")
    if (existsSync(file)) for (const match of readFileSync(file, "utf8").matchAll(/^\s*(\w+)\s*[:,]/gm)) fields.add(match[1])
  }
  return [...fields]
}

type Body = { raw: string } | { json: unknown } | { none: true }

function bodyArbitrary(fields: string[]): fc.Arbitrary<Body> {
  const field = fc.constantFrom(...fields)
  return fc.oneof(
    // Known fields with wrong values, some missing: the most likely to get past the schema.
    fc.dictionary(field, nastyValue, { maxKeys: 6 }).map((json) => ({ json })),
    fc.dictionary(field, nastyString, { maxKeys: 6 }).map((json) => ({ json })),
    fc.dictionary(field, nastyNumber, { maxKeys: 6 }).map((json) => ({ json })),
    // Not an object, not JSON, nested to the bottom, or nothing at all.
    nastyValue.map((json) => ({ json })),
    fc.constantFrom("ceci n'est pas du JSON", "{", '{"a":', "[]", "null", "1", '"x"', "[".repeat(5_000) + "]".repeat(5_000), "{}".repeat(1_000)).map((raw) => ({ raw })),
    fc.constant({ none: true as const })
  )
}

/**
 * Percent-encodes anything, dots included, and lone surrogates too, as the invalid UTF-8 bytes a
 * hostile client can still put in a URL.
 */
function encode(value: string): string {
  let out = ""
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    out += code >= 0xd800 && code <= 0xdfff ? "%ED%BF%BF" : char === "." ? "%2E" : encodeURIComponent(char)
  }
  return out
}

function queryArbitrary(fields: string[]): fc.Arbitrary<string> {
  const pair = fc.tuple(
    fc.oneof(fc.constantFrom(...fields), fc.constantFrom(...fields).map((f) => `${f}[]`), fc.constantFrom(...fields).map((f) => `${f}[$ne]`), nastyString),
    fc.oneof(nastyString, nastyNumber.map(String))
  )
  return fc.array(pair, { maxLength: 5 }).map((pairs) =>
    pairs.length ? `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}` : ""
  )
}

function fill(route: ApiRoute, values: string[]): string {
  return route.params.reduce((p, param, i) => p.replace(`:${param}`, encode(values[i] ?? "x") || "%20"), route.path)
}

interface Reply {
  status: number
  text: string
}

/**
 * Sends with node:http rather than fetch: the WHATWG URL parser resolves dot segments, even
 * percent-encoded ones (`%2E%2E`), so fetch would ask another route than the one under test.
 */
function send(route: ApiRoute, headers: Record<string, string>, url: string, body: Body): Promise<Reply> {
  const payload = route.method === "GET" || "none" in body ? undefined : "raw" in body ? body.raw : JSON.stringify(body.json)
  const target = new URL(stack().backendUrl)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: route.method,
        path: url,
        // A connection of its own per request: a refused request may leave its socket closed behind it.
        agent: false,
        headers: {
          ...headers,
          "x-publishable-api-key": stack().publishableKey,
          "x-forwarded-for": randomClientIp(),
          ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }))
        response.on("error", reject)
      }
    )
    // Past Node's 16 KiB limit on a request's head the server answers 431 and closes at once; the
    // client may see the connection reset before it reads that answer. Only then is a reset a refusal.
    request.on("error", (error) => (Buffer.byteLength(url) > MAX_HEADER_BYTES ? resolve({ status: 431, text: "" }) : reject(error)))
    request.end(payload)
  })
}

describe("property-based fuzzing of every Mirashop route (fast-check)", () => {
  const routes = [...routeTable("/merchant"), ...routeTable("/store"), ...routeTable("/admin")]
  let writes: WriteLog
  let headersFor: (route: ApiRoute) => Record<string, string>
  const tally = { requests: 0, refused: 0, accepted: 0, failed: 0 }

  beforeAll(async () => {
    // Callers of their own, so that whatever the fuzzer gets accepted touches no demo data.
    const merchant = await openShop("Bazar Essai Fuzz")
    const shopper = await registerShopper(`fuzz-${Date.now()}@exemple.fr`, TEST_PASSWORD)
    const city = await cityToken()
    headersFor = (route) =>
      route.path.startsWith("/merchant") ? bearer(merchant.token) : route.path.startsWith("/admin") ? bearer(city) : bearer(shopper)
    writes = await recordWrites()
  })

  afterAll(async () => {
    await writes?.remove()
    process.stdout.write(`[fuzz] ${tally.requests} requests on ${routes.length} routes: ${tally.refused} refused, ${tally.accepted} accepted, ${tally.failed} answered ≥ 500 or wrote while refusing\n`)
  })

  it("covers every route file, and its write log sees a write when one happens", async () => {
    expect(routes.length).toBeGreaterThan(30)
    const before = await writes.mark()
    const route = routes.find((r) => r.method === "POST" && r.path === "/merchant/shop") as ApiRoute
    const reply = await send(route, headersFor(route), route.path, { json: { description: "Bazar de test, écrit par le fuzzing." } })
    expect(reply.status, reply.text).toBe(200)
    expect(Object.keys(await writes.since(before))).toContain("shop")
    await writes.settle(150)
  })

  for (const route of routeTable("/merchant").concat(routeTable("/store"), routeTable("/admin"))) {
    it(`${route.method} ${route.path}: never 5xx, and a refused request writes nothing`, async () => {
      const fields = knownFields(route)
      const problems: string[] = []
      const property = fc.asyncProperty(
        bodyArbitrary(fields),
        queryArbitrary(fields),
        fc.array(nastyString, { minLength: route.params.length, maxLength: route.params.length }),
        async (body, query, params) => {
          const url = `${fill(route, params)}${query}`
          const before = await writes.mark()
          const reply = await send(route, headersFor(route), url, body)
          tally.requests++
          const shown = `${route.method} ${url.slice(0, 100)} ${JSON.stringify(body).slice(0, 100)}`
          if (reply.status >= 500) {
            tally.failed++
            problems.push(`${shown} → ${reply.status} ${reply.text.slice(0, 200)}`)
            return false
          }
          if (reply.status < 400) {
            tally.accepted++
            // Subscribers of an accepted write may still be writing: let them finish before the next check.
            await writes.settle(150)
            return true
          }
          tally.refused++
          const written = await writes.since(before)
          if (Object.keys(written).length > 0) {
            tally.failed++
            problems.push(`${shown} → ${reply.status} but wrote ${JSON.stringify(written)}`)
            return false
          }
          // Node's HTTP parser refuses oversized URLs and headers before any handler: no body to read.
          if (TRANSPORT_REFUSALS.has(reply.status)) return true
          let message: unknown
          try {
            message = (JSON.parse(reply.text) as { message?: unknown }).message
          } catch {
            message = undefined
          }
          if (typeof message !== "string" || !message) {
            problems.push(`${shown} → ${reply.status} without a JSON message: ${reply.text.slice(0, 120)}`)
            return false
          }
          return true
        }
      )
      // No shrinking: each step is a request, and the first failure already says what broke.
      const result = await fc.check(property, { numRuns: RUNS_PER_ROUTE, endOnFailure: true })
      expect(problems).toEqual([])
      expect(result.failed, result.errorInstance instanceof Error ? result.errorInstance.message : "").toBe(false)
    }, 180_000)
  }
})
