import { createHmac, scryptSync, timingSafeEqual } from "node:crypto"
import { readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { contentSecurityPolicy } from "../../../scripts/spa-server"
import { sql, stack } from "../../support/clients"
import { TEST_PASSWORD } from "../../support/merchants"
import { DEMO_PASSWORD, registerShopper } from "../../support/shopping"

/**
 * Checks a password against a hash in the scrypt-kdf format Medusa's emailpass provider stores
 * ("scrypt", version 0, log2 N, r, p, 32-byte salt, checksum, HMAC-SHA256 keyed with the second
 * half of the derived key), with Node's own scrypt: an independent reading of the stored hash.
 */
function scryptMatches(hash: Buffer, password: string): boolean {
  if (hash.length !== 96 || hash.subarray(0, 6).toString() !== "scrypt" || hash[6] !== 0) return false
  const [logN, r, p] = [hash[7], hash.readUInt32BE(8), hash.readUInt32BE(12)]
  const derived = scryptSync(password, hash.subarray(16, 48), 64, { N: 2 ** logN, r, p, maxmem: 256 * 1024 * 1024 })
  const hmac = createHmac("sha256", derived.subarray(32)).update(hash.subarray(0, 64)).digest()
  return timingSafeEqual(hmac, hash.subarray(64, 96))
}

describe("passwords at rest", () => {
  it("stores every emailpass password as a salted scrypt hash (N ≥ 2^14), never the password itself", async () => {
    const email = `hachage-${Date.now()}@exemple.fr`
    await registerShopper(email, TEST_PASSWORD)
    const rows = await sql<{ entity_id: string; password: string | null; actors: string }>(
      `select pi.entity_id, pi.provider_metadata->>'password' as password, ai.app_metadata::text as actors
       from provider_identity pi join auth_identity ai on ai.id = pi.auth_identity_id
       where pi.provider = 'emailpass' and pi.deleted_at is null`
    )
    const accounts = new Map(rows.map((row) => [row.entity_id, row]))
    // The city, both demo merchants, the demo shopper and the new shopper, each in their actor type.
    for (const [login, password] of [
      ["mairie@mirashop.local", DEMO_PASSWORD],
      ["boulangerie@mirashop.local", DEMO_PASSWORD],
      ["fleuriste@mirashop.local", DEMO_PASSWORD],
      ["camille@mirashop.local", DEMO_PASSWORD],
      [email, TEST_PASSWORD],
    ]) {
      const hash = Buffer.from(accounts.get(login)?.password ?? "", "base64")
      expect(hash.subarray(0, 6).toString(), login).toBe("scrypt")
      expect(hash[7], `log2 N of ${login}`).toBeGreaterThanOrEqual(14)
      expect(scryptMatches(hash, password), login).toBe(true)
      expect(scryptMatches(hash, `${password}x`), login).toBe(false)
    }
    // Two accounts with the same password get different hashes (salted).
    const demoHashes = ["boulangerie@mirashop.local", "fleuriste@mirashop.local"].map((login) => accounts.get(login)?.password)
    expect(new Set(demoHashes).size).toBe(2)
    // Nowhere in the auth tables in clear.
    const [{ found }] = await sql<{ found: string }>(
      `select count(*) as found from (
         select row_to_json(pi)::text as t from provider_identity pi union all select row_to_json(ai)::text from auth_identity ai
       ) rows where t like '%' || $1 || '%' or t like '%' || $2 || '%'`,
      [DEMO_PASSWORD, TEST_PASSWORD]
    )
    expect(found).toBe("0")
  })
})

/** The CSP directives of a header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values])
  )
}

describe("security headers of both apps", () => {
  const apps = () => [
    { name: "storefront", url: stack().storefrontUrl, paths: ["/", "/boutiques", "/commande/cart_inexistant"] },
    { name: "merchant admin", url: stack().merchantAdminUrl, paths: ["/", "/connexion"] },
  ]

  it("send a CSP without inline scripts, eval or foreign origins, and the other headers, on every page", async () => {
    for (const app of apps()) {
      for (const page of app.paths) {
        const response = await fetch(`${app.url}${page}`, { headers: { accept: "text/html" } })
        expect(response.status, `${app.name} ${page}`).toBe(200)
        const csp = directives(response.headers.get("content-security-policy") ?? "")
        expect(csp.get("default-src"), app.name).toEqual(["'self'"])
        expect(csp.get("script-src"), app.name).toEqual(["'self'"])
        expect(csp.get("style-src"), app.name).toEqual(["'self'"])
        expect(csp.get("object-src")).toEqual(["'none'"])
        expect(csp.get("frame-ancestors")).toEqual(["'none'"])
        expect(csp.get("base-uri")).toEqual(["'self'"])
        expect(csp.get("form-action")).toEqual(["'self'"])
        for (const [name, values] of csp) {
          expect(values, `${app.name} ${name}`).not.toContain("'unsafe-inline'")
          expect(values, `${app.name} ${name}`).not.toContain("'unsafe-eval'")
          expect(values, `${app.name} ${name}`).not.toContain("*")
        }
        expect(response.headers.get("x-content-type-options")).toBe("nosniff")
        expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
        expect(response.headers.get("permissions-policy")).toMatch(/microphone=\(\)/)
      }
    }
  })

  it("ship pages that need no inline script or style: every script and stylesheet is a same-origin file", async () => {
    for (const app of apps()) {
      const html = await (await fetch(`${app.url}/`, { headers: { accept: "text/html" } })).text()
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      expect(scripts.length, app.name).toBeGreaterThan(0)
      for (const [, attributes, content] of scripts) {
        expect(attributes, app.name).toMatch(/\bsrc="\/[^"]+"/)
        expect(content.trim(), `${app.name}: inline script`).toBe("")
      }
      expect(html, app.name).not.toMatch(/<style\b/i)
      expect(html, app.name).not.toMatch(/\sstyle=/i)
      expect(html, app.name).not.toMatch(/\son[a-z]+=/i)
      expect(html, app.name).not.toMatch(/javascript:/i)
      for (const [, src] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)) {
        const asset = await fetch(`${app.url}${src}`)
        expect(asset.status, `${app.name} ${src}`).toBe(200)
        expect(asset.headers.get("content-security-policy"), src).toBeTruthy()
      }
    }
  })

  it("keep the production front's headers (nginx) identical to the ones tested here", () => {
    const nginx = readFileSync(path.resolve(import.meta.dirname, "../../../docker/nginx.conf"), "utf8")
    expect(nginx).toContain(`"${contentSecurityPolicy()}"`)
    expect(nginx).toMatch(/add_header Content-Security-Policy \$mirashop_csp always;/)
    expect(nginx).toMatch(/add_header X-Content-Type-Options \$mirashop_nosniff always;/)
  })
})
