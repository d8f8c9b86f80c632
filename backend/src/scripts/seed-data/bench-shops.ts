import { SEED_SHOPS } from "./shops"
import type { SeedProduct, SeedShop } from "./types"

/** Neighbourhoods of Miramas: they tell apart the shops of a scaled-up town. */
const QUARTERS = ["Centre", "Vieux Miramas", "La Maille", "Les Molières", "La Carraire", "Mercure", "Canourgues", "Le Prieuré"]

const SIZE_NAMES = ["Petit", "Moyen", "Grand", "Familial"]
const SIZE_PRICE_FACTORS = [1, 1.8, 2.5, 3.2]

const roundCents = (euros: number) => Math.round(euros * 10) / 10

/** A demo product with 2 to 4 variants (its own options when it has two or more). */
function withVariants(base: SeedProduct, index: number): SeedProduct {
  if (base.option && base.option.values.length >= 2) return base
  const option = { title: "Format", values: SIZE_NAMES.slice(0, 2 + (index % 3)) }
  return {
    ...base,
    option,
    prices: option.values.map((_, i) => roundCents(base.prices[0] * SIZE_PRICE_FACTORS[i])),
    stock: option.values.map((_, i) => (index * 7 + i * 3) % 11),
  }
}

/** The 12 demo shops with their catalogues, every product given 2 to 4 variants. */
export function benchTemplateShops(): SeedShop[] {
  return SEED_SHOPS.map((shop) => ({ ...shop, products: shop.products.map(withVariants) }))
}

/** Shops 13 to `shopCount` of a scaled Miramas: copies of the demo shops in other neighbourhoods, no products yet. */
export function benchExtraShops(shopCount: number): SeedShop[] {
  return Array.from({ length: Math.max(0, shopCount - SEED_SHOPS.length) }, (_, i) => {
    const k = i + SEED_SHOPS.length
    const base = SEED_SHOPS[k % SEED_SHOPS.length]
    const copy = Math.floor(k / SEED_SHOPS.length)
    return {
      ...base,
      handle: `${base.handle}-${k}`,
      name: `${base.name} – ${QUARTERS[(k + copy) % QUARTERS.length]} ${copy + 1}`,
      email: `boutique-${k}@bench.mirashop.local`,
      owner: { ...base.owner, email: `gerant-${k}@bench.mirashop.local` },
      products: [],
    }
  })
}
