import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type Stripe from "stripe"
import { readRuntimeEnv } from "../../../../config/runtime"
import { stripeClient } from "../../../../lib/payments/stripe-client"
import { processStripeEventWorkflow } from "../../../../workflows/payments/process-stripe-event"

/** What the webhook answers Stripe. */
interface StripeWebhookResponse {
  received?: boolean
  duplicate?: boolean
  message?: string
}

function checkoutIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as { object?: string; metadata?: Record<string, string> | null }
  return object.object === "payment_intent" ? (object.metadata?.checkout_id ?? null) : null
}

/**
 * Stripe's webhook (replaces Medusa's generic `/hooks/payment/:provider` for our provider, which
 * answers 200 before checking anything). The signature is checked on the raw body with the signing
 * secret, within Stripe's 5-minute tolerance: a forged or stale event is refused with 400 and
 * changes nothing. Each event id is processed once (ADR 0016).
 */
export async function POST(req: MedusaRequest, res: MedusaResponse<StripeWebhookResponse>): Promise<void> {
  const env = readRuntimeEnv(process.env).stripe
  if (!env) {
    res.status(404).json({ message: "Le paiement par carte n'est pas configuré." })
    return
  }
  const signature = req.headers["stripe-signature"]
  const raw: unknown = req.rawBody
  let event: Stripe.Event
  try {
    if (typeof signature !== "string" || !(Buffer.isBuffer(raw) || typeof raw === "string")) throw new Error("missing signature or body")
    event = stripeClient(env).webhooks.constructEvent(raw, signature, env.webhookSecret)
  } catch {
    res.status(400).json({ message: "Signature Stripe invalide ou périmée." })
    return
  }
  const object = event.data.object as { id?: string }
  const { result } = await processStripeEventWorkflow(req.scope).run({
    input: { id: event.id, type: event.type, object_id: object.id ?? null, created: event.created, checkout_id: checkoutIdOf(event) },
  })
  res.json({ received: true, duplicate: result.duplicate })
}
