import { describe, expect, it } from "vitest"
import { CATEGORIES } from "./categories"
import { SEED_SHOPS } from "./shops"

/** Luhn checksum, as INSEE uses for SIREN and SIRET numbers (implemented here on purpose). */
function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let fromRight = 0; fromRight < digits.length; fromRight++) {
    const digit = Number(digits[digits.length - 1 - fromRight])
    const weighted = fromRight % 2 === 1 ? digit * 2 : digit
    sum += weighted > 9 ? weighted - 9 : weighted
  }
  return sum % 10 === 0
}

/** Miramas (13140): the box every demo shop must sit in. */
const MIRAMAS = { minLat: 43.575, maxLat: 43.6, minLon: 4.99, maxLon: 5.02 }

const hasAtMostTwoDecimals = (price: number) =>
  Math.abs(Math.round(price * 100) - price * 100) < 1e-6

describe("Luhn check used on the demo SIRETs", () => {
  it("accepts known valid numbers and rejects a typo", () => {
    expect(passesLuhn("73282932000074")).toBe(true)
    expect(passesLuhn("732829320")).toBe(true)
    expect(passesLuhn("73282932000075")).toBe(false)
  })
})

describe("demo shops of Miramas", () => {
  it("gives every shop a 14-digit SIRET whose SIREN and SIRET pass the Luhn check", () => {
    for (const shop of SEED_SHOPS) {
      expect(shop.siret, shop.name).toMatch(/^\d{14}$/)
      expect(passesLuhn(shop.siret), `${shop.name} SIRET`).toBe(true)
      expect(passesLuhn(shop.siret.slice(0, 9)), `${shop.name} SIREN`).toBe(true)
    }
    expect(new Set(SEED_SHOPS.map((shop) => shop.siret)).size).toBe(SEED_SHOPS.length)
  })

  it("has 12 shops with unique handles, one per trade", () => {
    expect(SEED_SHOPS).toHaveLength(12)
    expect(new Set(SEED_SHOPS.map((shop) => shop.handle)).size).toBe(12)
    expect(new Set(SEED_SHOPS.map((shop) => shop.trade)).size).toBe(12)
  })

  it("places every shop inside Miramas", () => {
    for (const shop of SEED_SHOPS) {
      expect(shop.latitude, shop.name).toBeGreaterThanOrEqual(MIRAMAS.minLat)
      expect(shop.latitude, shop.name).toBeLessThanOrEqual(MIRAMAS.maxLat)
      expect(shop.longitude, shop.name).toBeGreaterThanOrEqual(MIRAMAS.minLon)
      expect(shop.longitude, shop.name).toBeLessThanOrEqual(MIRAMAS.maxLon)
    }
  })

  it("uses the shop handle in the contact and owner emails, except for the two demo logins", () => {
    expect(SEED_SHOPS[0].owner.email).toBe("boulangerie@mirashop.local")
    expect(SEED_SHOPS[1].owner.email).toBe("fleuriste@mirashop.local")
    for (const shop of SEED_SHOPS) {
      expect(shop.email).toBe(`contact@${shop.handle}.mirashop.local`)
    }
    for (const shop of SEED_SHOPS.slice(2)) {
      expect(shop.owner.email).toMatch(new RegExp(`^[a-z]+@${shop.handle}\\.mirashop\\.local$`))
    }
  })

  it("has at least 300 products, at least 26 per shop, with unique titles within a shop", () => {
    const products = SEED_SHOPS.flatMap((shop) => shop.products)
    expect(products.length).toBeGreaterThanOrEqual(300)
    for (const shop of SEED_SHOPS) {
      expect(shop.products.length, shop.name).toBeGreaterThanOrEqual(26)
      const titles = shop.products.map((product) => product.title)
      expect(new Set(titles).size, shop.name).toBe(titles.length)
    }
  })

  it("gives every product coherent variants, positive prices and a known category", () => {
    for (const shop of SEED_SHOPS) {
      for (const product of shop.products) {
        const label = `${shop.name} – ${product.title}`
        const variants = product.option?.values.length ?? 1
        expect(product.prices, label).toHaveLength(variants)
        expect(product.stock, label).toHaveLength(variants)
        for (const price of product.prices) {
          expect(price, label).toBeGreaterThan(0)
          expect(hasAtMostTwoDecimals(price), `${label}: ${price}`).toBe(true)
        }
        for (const units of product.stock) {
          expect(Number.isInteger(units) && units >= 0, label).toBe(true)
        }
        expect(Object.keys(CATEGORIES), label).toContain(product.category)
      }
    }
  })
})
