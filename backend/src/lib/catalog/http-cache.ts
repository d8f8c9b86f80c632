import { createHash } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Shoppers may reuse a catalogue page briefly; the ETag makes revalidation cheap afterwards. */
export const CATALOG_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60"

/**
 * Sends `body` as JSON with a strong ETag and the catalogue's Cache-Control, or a bare 304
 * when the shopper's copy is still the same. The response depends on the publishable key.
 */
export function sendCacheable(req: MedusaRequest, res: MedusaResponse, body: unknown): void {
  const json = JSON.stringify(body)
  const etag = `"${createHash("sha1").update(json).digest("base64url")}"`
  res.setHeader("ETag", etag)
  res.setHeader("Cache-Control", CATALOG_CACHE_CONTROL)
  res.setHeader("Vary", "x-publishable-api-key, accept-encoding")
  const candidates = (req.headers["if-none-match"] ?? "").split(",").map((tag) => tag.trim())
  if (candidates.includes(etag) || candidates.includes("*")) {
    res.status(304).end()
    return
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.status(200).send(json)
}
