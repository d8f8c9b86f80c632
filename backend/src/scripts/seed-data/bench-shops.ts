import { SEED_SHOPS } from "./shops"
import type { SeedProduct, SeedShop } from "./types"

/** Neighbourhoods of Miramas: they tell apart the shops of a scaled-up town. */
const QUARTERS = ["Centre", "Vieux Miramas", "La Maille", "Les Molières", "La Carraire", "Mercure", "Canourgues", "Le Prieuré"]

/** Words that make a demo product a plausible new one ("Confiture d'abricots bio"). */
const QUALIFIERS = ["bio", "de saison", "du marché", "maison", "artisanal", "d'antan", "de Provence", "fermier", "à l'ancienne", "du terroir", "gourmand", "en édition limitée", "du moment", "de fête", "classique"]

const SIZE_NAMES = ["Petit", "Moyen", "Grand", "Familial"]
const SIZE_PRICE_FACTORS = [1, 1.8, 2.5, 3.2]

const roundCents = (euros: number) => Math.round(euros * 10) / 10

/** A product with 2 to 4 variants, derived from a demo product; stock is deterministic, some at zero. */
function scaledProduct(base: SeedProduct, index: number, baseCount: number): SeedProduct {
  const round = Math.floor(index / baseCount)
  const title = round === 0 ? base.title : `${base.title} ${QUALIFIERS[(round - 1) % QUALIFIERS.length]}`
  const variantCount = 2 + (index % 3)
  const keepsOption = base.option !== undefined && base.option.values.length >= 2
  const option = base.option && keepsOption ? base.option : { title: "Format", values: SIZE_NAMES.slice(0, variantCount) }
  const prices = keepsOption
    ? base.prices.map((price) => roundCents(price * (1 + (round % 4) * 0.05)))
    : option.values.map((_, i) => roundCents(base.prices[0] * SIZE_PRICE_FACTORS[i] * (1 + (round % 4) * 0.05)))
  const stock = option.values.map((_, i) => (index * 7 + i * 3) % 11)
  return { ...base, title, option, prices, stock }
}

/**
 * A scaled Miramas for the benchmark: `shopCount` shops (the 12 demo shops first, then copies
 * in other neighbourhoods) of `productsPerShop` products each. Same input, same data.
 */
export function benchShops(shopCount: number, productsPerShop: number): SeedShop[] {
  return Array.from({ length: shopCount }, (_, k) => {
    const base = SEED_SHOPS[k % SEED_SHOPS.length]
    const copy = Math.floor(k / SEED_SHOPS.length)
    const products = Array.from({ length: productsPerShop }, (_, i) =>
      scaledProduct(base.products[i % base.products.length], i, base.products.length)
    )
    if (copy === 0) return { ...base, products }
    const quarter = QUARTERS[(k + copy) % QUARTERS.length]
    return {
      ...base,
      handle: `${base.handle}-${k}`,
      name: `${base.name} – ${quarter} ${copy + 1}`,
      email: `boutique-${k}@bench.mirashop.local`,
      owner: { ...base.owner, email: `gerant-${k}@bench.mirashop.local` },
      products,
    }
  })
}
