/** A shop's approval state: only approved shops are visible to shoppers. */
export type ShopStatus = "pending" | "approved" | "suspended"

/**
 * Where an item stands, always measured from the shop's data: `waiting` means the merchant has
 * nothing left to do for now (the city's decision, first orders); `unavailable` means the
 * platform cannot measure it yet (e.g. no campaign running).
 */
export type ProgressState = "done" | "todo" | "waiting" | "unavailable"

/** The onboarding steps, in the order a new shop goes through them. */
export const ONBOARDING_STEP_IDS = [
  "profile",
  "address",
  "hours",
  "pickup",
  "payments",
  "first_product",
  "approval",
] as const

/** One onboarding step. */
export type OnboardingStepId = (typeof ONBOARDING_STEP_IDS)[number]

/** The coaching items shown once the shop is live. */
export const COACHING_ITEM_IDS = [
  "ten_products",
  "photos",
  "descriptions",
  "stock_fresh",
  "fast_acceptance",
  "campaign",
  "shop_complete",
] as const

/** One coaching item. */
export type CoachingItemId = (typeof COACHING_ITEM_IDS)[number]

/** Lessons of the merchant admin (`/lecons/:slug`), French content kept in the repository. */
export const LESSON_SLUGS = [
  "profil-boutique",
  "adresse-carte",
  "horaires",
  "retrait",
  "paiements",
  "premier-produit",
  "validation",
  "catalogue",
  "photos-produits",
  "descriptions",
  "stock-a-jour",
  "commandes-rapides",
  "campagnes",
] as const

/** A lesson's slug. */
export type LessonSlug = (typeof LESSON_SLUGS)[number]

/** What `value` and `target` count. */
export type ProgressUnit = "criteria" | "products" | "percent"

/** One measured item of a checklist. */
export interface ProgressItem<Id extends string = string> {
  id: Id
  state: ProgressState
  /** What was measured (null when there is nothing to measure yet). */
  value: number | null
  /** What `value` must reach (for `stock_fresh`: at most this many). */
  target: number
  unit: ProgressUnit
  /** 0 to 1, for a progress bar. */
  progress: number
  /** Keys of what is still missing (e.g. `logo`, `description`), for a precise hint. */
  missing: string[]
  /** Path of the merchant-admin screen that completes the item; null when nothing to do there. */
  route: string | null
  lesson: LessonSlug
  /** French title and reason, for readers without the app's translations (the city's pages). */
  title: string
  why: string
}

/** A list of items with its overall progress. */
export interface ProgressList<Id extends string> {
  items: ProgressItem<Id>[]
  done: number
  total: number
  /** Share of items done, 0 to 1. */
  progress: number
}

/** `GET /merchant/progress`: the onboarding checklist and, once live, the coaching list. */
export interface ShopProgress {
  /** `onboarding` until the city approves the shop, then `coaching`. */
  phase: "onboarding" | "coaching"
  onboarding: ProgressList<OnboardingStepId>
  coaching: ProgressList<CoachingItemId>
  measured_at: string
}
