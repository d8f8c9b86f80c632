import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_EVENTS_MODULE } from "../../../modules/stripe-events"
import type StripeEventsModuleService from "../../../modules/stripe-events/service"

export interface RecordStripeEventInput {
  id: string
  type: string
  object_id: string | null
  created: number
}

/**
 * Claims a Stripe event for processing: its id is the primary key, so a replay (or a concurrent
 * delivery) finds it taken and is a duplicate with no effect. Undone if its processing fails, so
 * Stripe's retry can process it then.
 */
export const recordStripeEventStep = createStep(
  "record-stripe-event",
  async (input: RecordStripeEventInput, { container }) => {
    const events = container.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
    const [known] = await events.listStripeEvents({ id: input.id })
    if (known) return new StepResponse({ duplicate: true }, null)
    try {
      await events.createStripeEvents({
        id: input.id,
        type: input.type,
        object_id: input.object_id,
        stripe_created_at: new Date(input.created * 1000),
      })
    } catch (error) {
      // Another delivery of the same event claimed it between our read and our insert.
      const [claimed] = await events.listStripeEvents({ id: input.id })
      if (claimed) return new StepResponse({ duplicate: true }, null)
      throw error
    }
    return new StepResponse({ duplicate: false }, input.id)
  },
  async (claimedId, { container }) => {
    if (!claimedId) return
    const events = container.resolve<StripeEventsModuleService>(STRIPE_EVENTS_MODULE)
    await events.deleteStripeEvents(claimedId)
  }
)
