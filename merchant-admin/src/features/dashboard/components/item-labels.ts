import type { CoachingItemId, OnboardingStepId, ProgressItem } from "@mirashop/contract"
import type { TFunction } from "i18next"
import fr from "@/locales/fr.json"

type MissingKey = keyof typeof fr.progress.missing

/** An item of either checklist. */
export type AnyProgressItem = ProgressItem<OnboardingStepId | CoachingItemId>

function isMissingKey(key: string): key is MissingKey {
  return key in fr.progress.missing
}

/** What a checklist item says, in the interface language. */
export interface ItemLabels {
  title: string
  why: string
  /** The measure in words ("4 produits sur 10"), null when a number would say nothing. */
  measure: string | null
  /** What is still missing, in words, or null. */
  missing: string | null
}

function measureOf(t: TFunction, item: AnyProgressItem): string | null {
  if (item.state === "unavailable") return t("progress.measure.unavailable")
  if (item.id === "fast_acceptance" && item.value === null) return t("progress.measure.noOrders")
  if (item.id === "stock_fresh") return t("progress.measure.staleStock", { count: item.value ?? 0 })
  if (item.value === null) return t("progress.measure.nothingYet")
  switch (item.unit) {
    case "percent":
      return t("progress.measure.percent", { value: item.value, target: item.target })
    case "products":
      return t("progress.measure.products", { value: item.value, target: item.target })
    case "criteria":
      return item.target > 1 ? t("progress.measure.criteria", { value: item.value, target: item.target }) : null
  }
}

/** Title, reason, measure and missing parts of an item, from the translations (French first). */
export function itemLabels(t: TFunction, item: AnyProgressItem): ItemLabels {
  const missing = item.missing.filter(isMissingKey).map((key) => t(`progress.missing.${key}`))
  return {
    title: t(`progress.items.${item.id}.title`),
    why: t(`progress.items.${item.id}.why`),
    measure: measureOf(t, item),
    missing: missing.length ? t("progress.missingList", { list: missing.join(", ") }) : null,
  }
}
