import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import Stripe from "stripe"

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
}
