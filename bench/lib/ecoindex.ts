/**
 * EcoIndex as published by GreenIT / cnumr (ecoindex.fr, GreenIT-Analysis `ecoIndex.js`):
 * each measure is placed on its quantile table (0–20), weighted 3 (DOM), 2 (requests) and
 * 1 (size in KB), and the score is 100 − 5 × the weighted mean.
 */
const QUANTILES_DOM = [
  0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601,
]
const QUANTILES_REQUESTS = [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920]
const QUANTILES_SIZE_KB = [
  0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08, 2142.06,
  2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
]

/** What a page weighs in EcoIndex terms. */
export interface PageWeight {
  /** DOM elements, SVG children excluded. */
  domElements: number
  requests: number
  sizeKb: number
}

/** EcoIndex grades, A (best) to G. */
export type EcoIndexGrade = "A" | "B" | "C" | "D" | "E" | "F" | "G"

function quantile(table: number[], value: number): number {
  for (let i = 1; i < table.length; i += 1) {
    if (value < table[i]) return i - 1 + (value - table[i - 1]) / (table[i] - table[i - 1])
  }
  return table.length - 1
}

/** The EcoIndex score (0–100, higher is lighter). */
export function ecoIndexScore(page: PageWeight): number {
  const dom = quantile(QUANTILES_DOM, page.domElements)
  const requests = quantile(QUANTILES_REQUESTS, page.requests)
  const size = quantile(QUANTILES_SIZE_KB, page.sizeKb)
  return Math.round((100 - (5 * (3 * dom + 2 * requests + size)) / 6) * 100) / 100
}

/** The grade of a score: A above 80, then 70, 55, 40, 25, 10. */
export function ecoIndexGrade(score: number): EcoIndexGrade {
  if (score > 80) return "A"
  if (score > 70) return "B"
  if (score > 55) return "C"
  if (score > 40) return "D"
  if (score > 25) return "E"
  if (score > 10) return "F"
  return "G"
}
