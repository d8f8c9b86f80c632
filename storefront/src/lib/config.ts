/** What the static server writes into index.html before it fills in the real key. */
export const PUBLISHABLE_KEY_PLACEHOLDER = "__MIRASHOP_PUBLISHABLE_KEY__"

const PUBLISHABLE_KEY_META = 'meta[name="mirashop-publishable-key"]'

/** What the storefront needs to know about where it runs. */
export interface RuntimeConfig {
  /** The backend: the page's own origin, which proxies the API paths (nginx, static server, vite dev). */
  backendUrl: string
  /** Medusa publishable API key, sent with every store request; undefined when none is set up. */
  publishableKey: string | undefined
}

/**
 * The publishable key the server wrote into index.html at serve time, so one build runs
 * anywhere. Under `vite dev` nothing replaces the placeholder: the key then comes from
 * `VITE_MEDUSA_PUBLISHABLE_KEY` (storefront/.env.local).
 */
export function readPublishableKey(
  doc: Document,
  fallback: string | undefined
): string | undefined {
  const served = doc.querySelector<HTMLMetaElement>(PUBLISHABLE_KEY_META)?.content.trim()
  if (served && served !== PUBLISHABLE_KEY_PLACEHOLDER) return served
  return fallback?.trim() || undefined
}

/** Read once at start-up: neither value changes while the page is open. */
export const config: RuntimeConfig = {
  backendUrl: window.location.origin,
  publishableKey: readPublishableKey(document, import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY),
}
