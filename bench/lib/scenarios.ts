import { TRADES } from "@mirashop/contract"
import type { BenchFixtures } from "./fixtures"
import { callOk } from "./http"
import type { LoadTarget } from "./load"

/** The fields a product card needs, asked of Medusa's own store route (the anchor, A). */
const VANILLA_CARD_FIELDS = "id,title,handle,thumbnail,*variants.calculated_price,shop.name"

/** A, B, C, D: read routes under load. */
export function readTargets(backendUrl: string, key: string, fixtures: BenchFixtures): LoadTarget[] {
  const headers = { "x-publishable-api-key": key }
  const target = (name: string, path: string): LoadTarget => ({ name, url: `${backendUrl}${path}`, headers })
  return [
    target(
      "A. vanilla /store/products (24 cards)",
      `/store/products?limit=24&region_id=${fixtures.regionId}&fields=${encodeURIComponent(VANILLA_CARD_FIELDS)}`
    ),
    target("B. /store/catalog (24 cards + facets)", "/store/catalog?limit=24"),
    catalogPages(target("B2. /store/catalog, 120 different pages", "/store/catalog?limit=24")),
    target("C1. search « confiture »", "/store/catalog?q=confiture&limit=24"),
    target("C2. search typo « bocal confiure »", "/store/catalog?q=bocal%20confiure&limit=24"),
    target("D. shop page /store/shops/:handle", `/store/shops/${fixtures.shopHandle}`),
  ]
}

/** Six trades of the scaled Miramas, for the varied catalogue pages. */
const BROWSED_TRADES = TRADES.slice(0, 6)

/**
 * The catalogue as many shoppers browse it: each request asks another page, trade or
 * stock filter, so the brief answer cache seldom helps and the SQL is measured too.
 */
function catalogPages(base: LoadTarget): LoadTarget {
  let sent = 0
  return {
    ...base,
    next: () => {
      const page = sent % 10
      const trade = BROWSED_TRADES[Math.floor(sent / 10) % BROWSED_TRADES.length]
      const inStock = Math.floor(sent / 60) % 2 === 0
      sent += 1
      return { path: `/store/catalog?limit=24&offset=${page * 24}&trade=${trade}&in_stock=${inStock}` }
    },
  }
}

/**
 * E: add to cart. Requests rotate over carts and in-stock variants so that no cart asks for
 * more than the shelf holds (each cart gets each variant once).
 */
export async function addToCartTarget(backendUrl: string, key: string, fixtures: BenchFixtures, cartCount = 40): Promise<LoadTarget> {
  const carts: string[] = []
  for (let i = 0; i < cartCount; i += 1) {
    const { cart } = await callOk<{ cart: { id: string } }>(backendUrl, key, "/store/carts", {
      method: "POST",
      body: { region_id: fixtures.regionId },
    })
    carts.push(cart.id)
  }
  let sent = 0
  return {
    name: "E. add to cart",
    url: `${backendUrl}/store/carts/${carts[0]}/line-items`,
    method: "POST",
    headers: { "x-publishable-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({ variant_id: fixtures.variants[0].id, quantity: 1 }),
    next: () => {
      const cart = carts[sent % carts.length]
      const variant = fixtures.variants[Math.floor(sent / carts.length) % fixtures.variants.length]
      sent += 1
      return { path: `/store/carts/${cart}/line-items`, body: JSON.stringify({ variant_id: variant.id, quantity: 1 }) }
    },
  }
}
