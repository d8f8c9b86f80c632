import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
} from "@medusajs/framework/types"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { isCheckoutPart } from "./checkout-part"

/** Options of Mirashop's Stripe provider: Medusa's, plus where the Stripe API answers. */
export interface MirashopStripeOptions {
  apiKey: string
  webhookSecret: string
  capture?: boolean
  apiHost?: { host: string; port: number; protocol: "http" | "https" }
}

/**
 * Medusa's Stripe card provider, with its SDK client rebuilt when `apiHost` is given: Medusa builds
 * `stripe_` with no host option, so tests point it at the local fake Stripe this way (never the internet).
 *
 * A payment whose data is a checkout part (`checkout-part.ts`) is one shop's share of the checkout's
 * single PaymentIntent: it never creates an intent of its own, captures only its share, and
 * cancels the intent only when no other share is waiting for it (ADR 0015). Refunds are Medusa's:
 * a refund of the part's amount on the shared intent.
 */
export class MirashopStripeProviderService extends StripeProviderService {
  static override identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: MirashopStripeOptions) {
    super(cradle, options)
    if (options.apiHost) {
      this.stripe_ = new Stripe(options.apiKey, {
        host: options.apiHost.host,
        port: options.apiHost.port,
        protocol: options.apiHost.protocol,
        maxNetworkRetries: 0,
      })
    }
  }

  override async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (!isCheckoutPart(input.data)) return super.initiatePayment(input)
    return { id: input.data.id, data: input.data, status: PaymentSessionStatus.PENDING }
  }

  override async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (!isCheckoutPart(input.data)) return super.authorizePayment(input)
    const intent = await this.stripe_.paymentIntents.retrieve(input.data.id)
    const authorised = intent.status === "requires_capture" && intent.amount_capturable >= input.data.part_amount
    return { data: input.data, status: authorised ? PaymentSessionStatus.AUTHORIZED : PaymentSessionStatus.ERROR }
  }

  override async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    if (!isCheckoutPart(input.data)) return super.capturePayment(input)
    const { id, part_amount, final_capture } = input.data
    await this.stripe_.paymentIntents.capture(
      id,
      { amount_to_capture: part_amount, final_capture: final_capture ?? true },
      { idempotencyKey: input.context?.idempotency_key }
    )
    return { data: input.data }
  }

  override async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    if (!isCheckoutPart(input.data)) return super.cancelPayment(input)
    // Other shares still wait for this authorisation: leaving it is enough, the final capture releases this share.
    if (!input.data.release_authorisation) return { data: input.data }
    const intent = await this.stripe_.paymentIntents.retrieve(input.data.id)
    if (intent.status === "requires_capture") await this.stripe_.paymentIntents.cancel(input.data.id)
    return { data: input.data }
  }
}
