import { createHash } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Shoppers may reuse a catalogue page briefly; the ETag makes revalidation cheap afterwards. */
export const CATALOG_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60"

/** A catalogue answer serialised once: its JSON text and strong ETag. */
export interface CacheableBody {
  json: string
  etag: string
}

/** Serialises `body` and computes its ETag. */
export function toCacheable(body: unknown): CacheableBody {
  const json = JSON.stringify(body)
  return { json, etag: `"${createHash("sha1").update(json).digest("base64url")}"` }
}

/**
 * Sends the answer with its ETag and the catalogue's Cache-Control, or a bare 304 when the
 * shopper's copy is still the same. The answer depends on the publishable key.
 */
export function sendCacheable(req: MedusaRequest, res: MedusaResponse, body: CacheableBody): void {
  res.setHeader("ETag", body.etag)
  res.setHeader("Cache-Control", CATALOG_CACHE_CONTROL)
  res.setHeader("Vary", "x-publishable-api-key, accept-encoding")
  const candidates = (req.headers["if-none-match"] ?? "").split(",").map((tag) => tag.trim())
  if (candidates.includes(body.etag) || candidates.includes("*")) {
    res.status(304).end()
    return
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.status(200).send(body.json)
}
