import { isValidSiret, validateWeeklyHours } from "@mirashop/domain"
import { describe, expect, it } from "vitest"
import { CATEGORIES } from "./categories"
import { DEMO_LOGINS } from "./demo-logins"
import { SEED_SHOPS } from "./shops"

describe("Miramas demo data", () => {
  it("has 12 shops of different trades with unique handles, valid SIRETs and hours", () => {
    expect(SEED_SHOPS).toHaveLength(12)
    expect(new Set(SEED_SHOPS.map((shop) => shop.trade)).size).toBe(12)
    expect(new Set(SEED_SHOPS.map((shop) => shop.handle)).size).toBe(12)
    for (const shop of SEED_SHOPS) {
      expect(isValidSiret(shop.siret), shop.name).toBe(true)
      expect(validateWeeklyHours(shop.opening_hours), shop.name).toEqual([])
      expect(shop.latitude).toBeGreaterThan(43.57)
      expect(shop.latitude).toBeLessThan(43.6)
      expect(shop.longitude).toBeGreaterThan(4.99)
      expect(shop.longitude).toBeLessThan(5.02)
    }
  })

  it("gives the first two shops the printed demo merchant logins", () => {
    expect(SEED_SHOPS.slice(0, 2).map((shop) => shop.owner.email)).toEqual(DEMO_LOGINS.merchantEmails)
    expect(new Set(SEED_SHOPS.map((shop) => shop.owner.email)).size).toBe(12)
  })

  it("has at least 300 products, each coherent in prices, stock and variants", () => {
    const products = SEED_SHOPS.flatMap((shop) => shop.products)
    expect(products.length).toBeGreaterThanOrEqual(300)
    for (const shop of SEED_SHOPS) {
      expect(new Set(shop.products.map((p) => p.title)).size, shop.name).toBe(shop.products.length)
      for (const product of shop.products) {
        const variants = product.option?.values.length ?? 1
        expect(product.prices, product.title).toHaveLength(variants)
        expect(product.stock, product.title).toHaveLength(variants)
        const twoDecimals = (price: number) => Math.abs(Math.round(price * 100) - price * 100) < 1e-6
        expect(product.prices.every((price) => price > 0 && twoDecimals(price)), product.title).toBe(true)
        expect(CATEGORIES[product.category], product.title).toBeDefined()
        expect(product.description.length).toBeGreaterThan(10)
      }
    }
  })

  it("includes the jam jars the search examples look for, and low and empty stock", () => {
    const titles = SEED_SHOPS.flatMap((shop) => shop.products.map((p) => p.title))
    expect(titles).toContain("Bocaux de confiture de figues")
    const stocks = SEED_SHOPS.flatMap((shop) => shop.products.flatMap((p) => p.stock))
    expect(stocks).toContain(0)
    expect(stocks.some((n) => n > 0 && n <= 2)).toBe(true)
  })
})
