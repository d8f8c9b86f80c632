import type { TimeRange, WeeklyHours } from "@mirashop/domain"
import type { CategoryKey, SeedProduct, VatCategory } from "./types"

/** One product line of a demo catalogue; a single price/stock means a single variant. */
export function product(
  title: string,
  description: string,
  category: CategoryKey,
  vat: VatCategory,
  prices: number | number[],
  stock: number | number[],
  option?: { title: string; values: string[] }
): SeedProduct {
  return {
    title,
    description,
    category,
    vat,
    prices: Array.isArray(prices) ? prices : [prices],
    stock: Array.isArray(stock) ? stock : [stock],
    ...(option ? { option } : {}),
  }
}

const range = (open: string, close: string): TimeRange => ({ open, close })

/** Morning and afternoon with a lunch break. */
export const splitDay = (morning: [string, string], afternoon: [string, string]): TimeRange[] => [
  range(...morning),
  range(...afternoon),
]

/** One continuous opening. */
export const fullDay = (open: string, close: string): TimeRange[] => [range(open, close)]

/** A week from the given days; days not listed are closed. */
export function week(days: Partial<WeeklyHours>): WeeklyHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...days }
}

/** The usual Miramas shop week: Tuesday to Saturday, 9:00–12:00 and 14:00–19:00. */
export const TUESDAY_TO_SATURDAY = week({
  tue: splitDay(["09:00", "12:00"], ["14:00", "19:00"]),
  wed: splitDay(["09:00", "12:00"], ["14:00", "19:00"]),
  thu: splitDay(["09:00", "12:00"], ["14:00", "19:00"]),
  fri: splitDay(["09:00", "12:00"], ["14:00", "19:00"]),
  sat: splitDay(["09:00", "12:00"], ["14:00", "19:00"]),
})

export const WEIGHTS = (values: string[]) => ({ title: "Poids", values })
export const SIZES = (values: string[]) => ({ title: "Taille", values })
