/** What the static server writes into index.html before it fills in the real key. */
export const PUBLISHABLE_KEY_PLACEHOLDER = "__MIRASHOP_PUBLISHABLE_KEY__"

const PUBLISHABLE_KEY_META = 'meta[name="mirashop-publishable-key"]'

/** OpenStreetMap's own tiles, used unless the page names others (their terms allow light use). */
export const DEFAULT_MAP_TILES = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: "© OpenStreetMap",
}

/** Where the shops map takes its tiles from: a Leaflet URL template and the credit to show. */
export interface MapTiles {
  url: string
  attribution: string
}

/**
 * The map tiles named in index.html (`<meta name="mirashop-map-tiles" content="…"
 * data-attribution="…">`), so a deployment (or a test) picks its tile server without a
 * rebuild; OpenStreetMap's otherwise. Read when the map opens: the meta can change until then.
 */
export function readMapTiles(doc: Document): MapTiles {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="mirashop-map-tiles"]')
  const url = meta?.content.trim()
  if (!url || !url.includes("{z}")) return DEFAULT_MAP_TILES
  return { url, attribution: meta?.dataset.attribution?.trim() || DEFAULT_MAP_TILES.attribution }
}

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
