import type {
  CoachingItemId,
  LessonSlug,
  OnboardingStepId,
  ProgressItem,
  ProgressList,
  ProgressState,
  ProgressUnit,
  ShopProgress,
} from "./progress.types"
import { WEEKDAYS } from "../hours.types"
import { ACCEPTANCE_TARGET_PERCENT, measureAcceptance } from "./acceptance"
import type { ProductFacts, ProgressFacts, ShopFacts } from "./facts"
import { PROGRESS_TEXTS } from "./texts"

/** A short description is a start; the coaching list asks for this many characters. */
export const RICH_DESCRIPTION_LENGTH = 100
/** Onboarding only asks for a sentence or two about the shop. */
export const SHOP_DESCRIPTION_MIN_LENGTH = 30
/** Coaching target for the size of the catalogue. */
export const CATALOGUE_TARGET = 10
/** A published product out of stock for this long counts against the shop. */
export const STALE_STOCK_DAYS = 7

const DAY_MS = 24 * 60 * 60 * 1000

interface Measure {
  state?: ProgressState
  value: number | null
  target: number
  unit: ProgressUnit
  missing?: string[]
  progress?: number
  route: string | null
  lesson: LessonSlug
}

function item<Id extends OnboardingStepId | CoachingItemId>(id: Id, measure: Measure): ProgressItem<Id> {
  const missing = measure.missing ?? []
  const progress =
    measure.progress ?? (measure.value === null || measure.target === 0 ? 0 : Math.min(1, measure.value / measure.target))
  const state = measure.state ?? (progress >= 1 && missing.length === 0 ? "done" : "todo")
  return {
    id,
    state,
    value: measure.value,
    target: measure.target,
    unit: measure.unit,
    progress: state === "done" ? 1 : Math.round(progress * 100) / 100,
    missing,
    route: measure.route,
    lesson: measure.lesson,
    ...PROGRESS_TEXTS[id],
  }
}

/** Criteria met and missing, counted as one measure. */
function criteria(checks: Record<string, boolean>): { value: number; target: number; missing: string[]; unit: "criteria" } {
  const missing = Object.keys(checks).filter((key) => !checks[key])
  const target = Object.keys(checks).length
  return { value: target - missing.length, target, missing, unit: "criteria" }
}

function hasOpeningHours(shop: ShopFacts): boolean {
  return WEEKDAYS.some((day) => (shop.opening_hours[day] ?? []).length > 0)
}

function percentOf(products: ProductFacts[], test: (product: ProductFacts) => boolean): number | null {
  if (products.length === 0) return null
  return Math.round((products.filter(test).length / products.length) * 100)
}

/** The product closest to being sellable: a product, a photo, a price and stock. */
function firstProductChecks(products: ProductFacts[]): Record<string, boolean> {
  const checksOf = (product: ProductFacts | undefined) => ({
    product: product !== undefined,
    photo: product?.has_photo ?? false,
    price: product?.has_price ?? false,
    stock: (product?.available ?? 0) > 0,
  })
  const score = (checks: Record<string, boolean>) => Object.values(checks).filter(Boolean).length
  return products.map(checksOf).reduce((best, checks) => (score(checks) > score(best) ? checks : best), checksOf(undefined))
}

/** The onboarding steps, each derived from the shop's data. */
export function onboardingSteps(facts: ProgressFacts): ProgressItem<OnboardingStepId>[] {
  const { shop, products } = facts
  const approval: ProgressState = shop.status === "approved" ? "done" : shop.status === "pending" ? "waiting" : "todo"
  return [
    item("profile", {
      ...criteria({
        description: shop.description.trim().length >= SHOP_DESCRIPTION_MIN_LENGTH,
        phone: shop.phone.trim().length > 0,
        logo: Boolean(shop.logo_url),
      }),
      route: "/boutique",
      lesson: "profil-boutique",
    }),
    item("address", {
      ...criteria({
        address: shop.address_line1.trim().length > 0,
        coordinates: shop.latitude !== null && shop.longitude !== null,
      }),
      route: "/boutique",
      lesson: "adresse-carte",
    }),
    item("hours", { ...criteria({ hours: hasOpeningHours(shop) }), route: "/horaires", lesson: "horaires" }),
    item("pickup", {
      ...criteria({
        preparation: shop.preparation_minutes > 0,
        capacity: shop.slot_capacity > 0,
        instructions: shop.pickup_instructions.trim().length > 0,
      }),
      route: "/retrait",
      lesson: "retrait",
    }),
    item("payments", {
      ...criteria({
        payment_mode: shop.accepts_pay_at_pickup || (shop.accepts_online_payment && facts.online_payment_available),
      }),
      route: "/retrait",
      lesson: "paiements",
    }),
    item("first_product", {
      ...criteria(firstProductChecks(products)),
      route: products.length === 0 ? "/produits/nouveau" : "/produits",
      lesson: "premier-produit",
    }),
    item("approval", {
      state: approval,
      value: shop.status === "approved" ? 1 : 0,
      target: 1,
      unit: "criteria",
      missing: shop.status === "suspended" ? ["suspended"] : [],
      route: null,
      lesson: "validation",
    }),
  ]
}

/** The coaching items of a live shop, each measured with a target. */
export function coachingItems(facts: ProgressFacts): ProgressItem<CoachingItemId>[] {
  const { shop, now } = facts
  const published = facts.products.filter((product) => product.published)
  const staleBefore = now.getTime() - STALE_STOCK_DAYS * DAY_MS
  const staleOutOfStock = published.filter(
    (product) => product.available <= 0 && (product.stock_changed_at?.getTime() ?? 0) <= staleBefore
  ).length
  const acceptance = measureAcceptance(facts.recent_orders, now)
  const campaign = facts.current_campaign

  return [
    item("ten_products", { value: published.length, target: CATALOGUE_TARGET, unit: "products", route: "/produits/nouveau", lesson: "catalogue" }),
    item("photos", {
      value: percentOf(published, (product) => product.has_photo),
      target: 100,
      unit: "percent",
      route: "/produits",
      lesson: "photos-produits",
    }),
    item("descriptions", {
      value: percentOf(published, (product) => product.description_length >= RICH_DESCRIPTION_LENGTH),
      target: 100,
      unit: "percent",
      route: "/produits",
      lesson: "descriptions",
    }),
    item("stock_fresh", {
      state: published.length > 0 && staleOutOfStock === 0 ? "done" : "todo",
      value: staleOutOfStock,
      target: 0,
      unit: "products",
      progress: published.length === 0 ? 0 : 1 - staleOutOfStock / published.length,
      route: "/stock",
      lesson: "stock-a-jour",
    }),
    item("fast_acceptance", {
      ...(acceptance.percent === null ? { state: "waiting" as const } : {}),
      value: acceptance.percent,
      target: ACCEPTANCE_TARGET_PERCENT,
      unit: "percent",
      route: null,
      lesson: "commandes-rapides",
    }),
    item("campaign", {
      state: campaign === null ? "unavailable" : campaign.joined ? "done" : "todo",
      value: campaign === null ? null : campaign.joined ? 1 : 0,
      target: 1,
      unit: "criteria",
      route: null,
      lesson: "campagnes",
    }),
    item("shop_complete", {
      ...criteria({
        description: shop.description.trim().length >= RICH_DESCRIPTION_LENGTH,
        hours: hasOpeningHours(shop),
      }),
      route: "/boutique",
      lesson: "profil-boutique",
    }),
  ]
}

function list<Id extends string>(items: ProgressItem<Id>[]): ProgressList<Id> {
  const done = items.filter((entry) => entry.state === "done").length
  return { items, done, total: items.length, progress: items.length === 0 ? 0 : Math.round((done / items.length) * 100) / 100 }
}

/** Both checklists of a shop, from facts read once. */
export function shopProgress(facts: ProgressFacts): ShopProgress {
  return {
    phase: facts.shop.status === "approved" ? "coaching" : "onboarding",
    onboarding: list(onboardingSteps(facts)),
    coaching: list(coachingItems(facts)),
    measured_at: facts.now.toISOString(),
  }
}
