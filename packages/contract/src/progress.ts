import type { ShopProgress } from "@mirashop/domain"

// The checklist types live with their rules in @mirashop/domain; the contract re-exports them.
export {
  COACHING_ITEM_IDS,
  LESSON_SLUGS,
  ONBOARDING_STEP_IDS,
  type CoachingItemId,
  type LessonSlug,
  type OnboardingStepId,
  type ProgressItem,
  type ProgressList,
  type ProgressState,
  type ProgressUnit,
  type ShopProgress,
} from "@mirashop/domain"

/** Response of `GET /merchant/progress`. */
export interface MerchantProgressResponse {
  progress: ShopProgress
}
