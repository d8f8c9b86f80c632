import type { Trade } from "@mirashop/contract"
import type { Closure, WeeklyHours } from "@mirashop/domain"

/** French VAT categories: 20 % standard, 10 % intermediate, 5.5 % reduced (food, books). */
export type VatCategory = "standard" | "intermediate" | "reduced"

/** Keys of the platform-wide product categories (see categories.ts). */
export type CategoryKey =
  | "pain-viennoiseries"
  | "patisseries"
  | "fleurs-plantes"
  | "livres"
  | "epicerie-sucree"
  | "epicerie-salee"
  | "vins-spiritueux"
  | "fromages-cremerie"
  | "viandes-charcuterie"
  | "jouets-jeux"
  | "vetements"
  | "bijoux-accessoires"
  | "bricolage-maison"
  | "cafes-thes"

/** A product of the demo catalogue; one variant per option value (or one variant when no option). */
export interface SeedProduct {
  title: string
  description: string
  category: CategoryKey
  vat: VatCategory
  /** e.g. { title: "Poids", values: ["250 g", "500 g"] }; omitted for single-variant products. */
  option?: { title: string; values: string[] }
  /** Euros VAT included, one per variant in the order of option.values (or one). */
  prices: number[]
  /** Units in stock at the shop, one per variant. */
  stock: number[]
}

/** A demo shop with its owner and catalogue. */
export interface SeedShop {
  handle: string
  name: string
  trade: Trade
  description: string
  siret: string
  email: string
  phone: string
  address_line1: string
  latitude: number
  longitude: number
  pickup_instructions: string
  preparation_minutes: number
  opening_hours: WeeklyHours
  closures: Closure[]
  accepts_pay_at_pickup: boolean
  accepts_online_payment: boolean
  owner: { email: string; first_name: string; last_name: string }
  products: SeedProduct[]
}
